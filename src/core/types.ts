// Core types shared by every stage. The JSON shapes of AuditReport are the public contract
// (docs: README "report.json"; schema/report.schema.json is checked against them in tests).

import type { EvidenceInput, SelfCheck } from './self-check-types.js';

export type Status = 'met' | 'partial' | 'not_met' | 'needs_evidence' | 'not_applicable' | 'error';
export type Severity = 'high' | 'medium' | 'low' | 'info';
export type DocKind = 'html' | 'pdf' | 'docx' | 'text';
export type OrgType = 'local-authority' | 'voluntary-agency';
export type RenderMode = 'auto' | 'never' | 'always';
export type FetchedWith = 'http' | 'browser' | 'file';

/**
 * Topic axis of classification: what a document is about. The rule pack declares its topics
 * (pack.yaml `classes.topics`, in evidence order); the engine treats them as ids.
 */
export type Topic = string;

/** Document-type axis of classification: what form a document takes (pack.yaml `classes.docTypes`). */
export type DocType = string;

// ---------- discover + fetch ----------

export type SourceOutcome = 'assessed' | 'failed' | 'skipped';

/** One ledger row: every discovered URL ends with exactly one of these. */
export interface SourceEntry {
  url: string;
  outcome: SourceOutcome;
  /** why skipped or failed: robots | budget | off-site | duplicate | not-a-document | timeout | http-404 | too-large | parse-error | ... */
  reason?: string;
  finalUrl?: string;
  status?: number;
  kind?: DocKind;
  class?: Topic;
  docType?: DocType;
  fetchedWith?: FetchedWith;
  contentHash?: string;
  bytes?: number;
  depth?: number;
}

export type ProblemKind =
  | 'timeout'
  | 'http-error'
  | 'network-error'
  | 'parse-error'
  | 'blocked-by-robots'
  | 'too-large'
  | 'render-unavailable'
  | 'unsupported-type'
  /** the auditor would not connect: a private, loopback or metadata address, or a browser channel it blocks */
  | 'refused'
  /** --max-pages ran out with promising links unvisited: negatives are not certain */
  | 'budget-exhausted';

export interface Problem {
  url: string;
  kind: ProblemKind;
  message: string;
}

/**
 * A document that may have held evidence (by its address, or by the text of the links to it and
 * the heading above them) and could not be read: broken or password-protected, timed out, too
 * large, a server error, or a format this version cannot read.
 */
export interface UnreadableDocument extends Problem {
  /** what the links to it say ("Access to records policy (PDF)") */
  about?: string;
}

/** A fetched resource with its bytes kept on disk in the crawl folder (crawl/bodies/<hash>). */
export interface FetchedResource {
  url: string; // as discovered (normalised)
  finalUrl: string; // after redirects
  status: number;
  contentType: string;
  kind: DocKind;
  contentHash: string; // "sha256:<hex>" of the bytes
  bytes: number;
  fetchedAt: string; // ISO-8601
  fetchedWith: FetchedWith;
  depth: number;
  /** link relevance score at discovery time (0 for the start page) */
  relevance: number;
  /** anchor text of the link that led here, when there was one */
  anchorText?: string;
  /** browser-rendered pages: contentHash is of the rendered HTML stored and read; this is of the bytes served over HTTP */
  httpContentHash?: string;
  /** browser-rendered pages: read before or after a consent step (banner dismissed, declared cookie/storage/click) */
  consent?: 'before' | 'after';
}

/** What `rescore` needs: everything the crawl learnt, bodies stored separately by hash. */
export interface CrawlRecord {
  crawlVersion: 1;
  target: { kind: 'url' | 'files'; value: string[] };
  organisation: Organisation;
  startedAt: string;
  finishedAt: string;
  options: { maxPages: number; render: RenderMode; userAgent: string };
  /** absent when private addresses were refused and the browser refused nothing */
  network?: NetworkNote;
  resources: FetchedResource[];
  sources: SourceEntry[];
  problems: Problem[];
  /** audit --evidence: the request log and evaluation replies as read, and the role of each supplied document */
  evidence?: EvidenceInput;
  /** absent when the budget left nothing promising unfetched (and in crawls saved before it existed) */
  budget?: CrawlBudget;
  /** organisation.nation was given with --nation (option) or by the batch list (list); absent: inferred when analysed */
  nationFrom?: 'option' | 'list';
  /** present when the crawl stopped early (not a budget run-out) */
  earlyStop?: EarlyStop;
}

/**
 * The crawl stopped before its --max-pages budget: the last `quietPages` pages fetched changed no
 * verdict and no quoted evidence, and no better lead was waiting (see discover/early-stop.ts).
 */
export interface EarlyStop {
  /** pages and documents fetched in all */
  pagesFetched: number;
  /** of those, the last ones in a row that added nothing */
  quietPages: number;
  /** the --patience in force */
  patience: number;
}

/** What the --max-pages budget left unvisited: a negative is not certain while promising links wait. */
export interface CrawlBudget {
  maxPages: number;
  /** addresses skipped for the budget */
  skipped: number;
  /** of those, links whose words point at the subject (link score at or above the promising mark) */
  promising: number;
  /** the most promising unvisited addresses, best first (at most 20) */
  unvisited: string[];
}

// ---------- extract ----------

export interface TextBlock {
  text: string; // one block element (paragraph, list item, heading, table cell); whitespace-normalised
  location: string; // "h2 'Your care records' > p:nth-of-type(2)" | "page 3" | "paragraph 14"
  headingPath: string[]; // headings above this block, outermost first
  isHeading: boolean;
}

export interface OutLink {
  url: string; // absolute
  text: string; // anchor text
  context: string; // nearest heading above the link
}

export interface ExtractedDocument {
  url: string; // final URL as fetched
  title: string;
  kind: DocKind;
  contentHash: string;
  fetchedAt: string;
  fetchedWith: FetchedWith;
  lang?: string;
  blocks: TextBlock[];
  /** blocks joined by "\n\n": quotes are substrings of this after whitespace normalisation */
  text: string;
  wordCount: number;
  links: OutLink[];
  breadcrumb: string[];
  /** HTML that looks built by script (near-empty main with scripts, framework shell) */
  looksScriptBuilt: boolean;
  /** part of the document was left unread (a work limit); analysis records it as a too-large problem */
  truncated?: string;
  /** the page's versions in other languages it declares (`<link rel="alternate" hreflang>`, `<a hreflang>`) */
  alternates?: LanguageAlternate[];
}

export interface LanguageAlternate {
  /** the hreflang value as written, e.g. "cy" or "cy-GB" */
  lang: string;
  url: string; // absolute
}

// ---------- classify ----------

export interface Classification {
  topic: Topic;
  docType: DocType;
  confidence: number; // 0..1
  reasons: string[];
}

export interface ClassifiedDocument extends ExtractedDocument {
  classification: Classification;
}

// ---------- evaluate + score + report ----------

export interface Organisation {
  name: string;
  slug: string;
  type: OrgType;
  url: string;
  code?: string;
  nation?: string;
  authorityType?: string;
}

/** How the audit's nation was decided, strongest first: --nation, the batch list, the bundled body list, the domain, postcodes. */
export type NationBasis = 'option' | 'list' | 'body-list' | 'domain' | 'address' | 'unknown';

/** Which nation's rules the audit applied, and why (additive to schemaVersion 1). */
export interface Jurisdiction {
  /** null: not known, so rules and criteria of one nation were not applied */
  nation: 'england' | 'wales' | 'scotland' | 'northern-ireland' | null;
  basis: NationBasis;
  /** one sentence a reader can check */
  reason: string;
  /** the bundled body list's row for this address */
  body?: { code: string; name: string; type: string };
  /** the packs' notes for this nation (its law, how long records are kept, who holds them) */
  notes?: string[];
}

export interface Evidence {
  url: string;
  title: string;
  kind: DocKind;
  location: string;
  quote: string; // substring of the document text after whitespace normalisation, <= 300 chars
  contentHash: string;
  fetchedAt: string;
  /** relative to the report folder, e.g. evidence/c1-3fa2b9c1.png */
  screenshot?: string;
  /** the page was read in a browser before or after a consent step (absent for HTTP-read documents) */
  consent?: 'before' | 'after';
}

export interface Finding {
  id: string; // stable fingerprint of ruleId + evidence url + normalised quote
  ruleId: string;
  kind: 'verdict' | 'advisory';
  status: Status | Severity; // verdict: met | partial | needs_evidence...; advisory: severity
  message: string;
  evidence: Evidence[];
  /** advisories: the current position in one line */
  correction?: string;
  /** advisories: a plain sentence the organisation could publish instead */
  rewrite?: string;
  /** set when a human waiver (batch/audit --waivers) covers this finding */
  waiver?: WaiverNote;
}

/** A human decision recorded in a waivers file, as shown on what it covers. */
export interface WaiverNote {
  reason: string;
  author: string;
  expires: string; // YYYY-MM-DD
}

export interface Searched {
  pagesVisited: number;
  documentsRead: number;
  classesRead: string[];
  urls: string[];
  /** the rules' checks in their own terms (for rule authors; reports show lookedFor and where first) */
  queries: string[];
  /** what was looked for, in plain words (from the pack's advice) */
  lookedFor?: string;
  /** where we looked, in plain words: how many pages, and which kinds of document */
  where?: string;
}

/** What the organisation could publish to meet a criterion it does not meet (from the pack's advice). */
export interface PublishAdvice {
  what: string;
  /** a sentence it could adapt */
  example: string;
}

export interface CriterionVerdict {
  id: string;
  title: string;
  status: Status;
  score: 1 | 0.5 | 0 | null;
  summary: string;
  findings: Finding[];
  searched?: Searched;
  /** set when a waiver declared this criterion's status by hand; originalStatus is what the rules found */
  waived?: WaiverNote & { originalStatus: Status };
  /** why this verdict is not certain (the crawl budget left promising pages unread); the summary is then not complete */
  uncertain?: string;
  /** weaker verdict findings about a document a stronger finding already judged: superseded, shown apart */
  alsoConsidered?: Finding[];
  /** set when the status is not met: what to publish to meet the criterion */
  publish?: PublishAdvice;
  /** the source's own level for this criterion (pack.yaml `level`: must, should ...); scored apart in summary.levels */
  level?: string;
}

export interface SourceCounts {
  discovered: number;
  assessed: number;
  failed: number;
  skipped: number;
}

/** Criteria counted by status, and the score they give (met 1, partial 0.5, of those judged). */
export interface StatusCounts {
  score: number | null;
  eligible: number;
  met: number;
  partial: number;
  notMet: number;
  needsEvidence: number;
  notApplicable: number;
  error: number;
}

export interface ReportSummary extends StatusCounts {
  complete: boolean;
  clearmarkReady: boolean;
  blocking: string[];
  sources: SourceCounts;
  /** a pack with scoring.levels: one score per level, strongest first; `score` is then the first level's */
  levels?: LevelSummary[];
}

/** The criteria of one level (the source's "must", "should" ...) counted and scored on their own. */
export interface LevelSummary extends StatusCounts {
  level: string;
  criteria: string[];
}

export interface PackResult {
  ruleset: { id: string; version: string };
  summary: ReportSummary;
  criteria: CriterionVerdict[];
}

/** How the audit was confined: shown so a reader knows what the auditor would not reach. */
export interface NetworkNote {
  /** --allow-private: private and loopback addresses could be reached (an intranet audit) */
  allowPrivate?: true;
  /** what rendered pages tried and the browser refused, by kind (webrtc, websocket, download, popup, method, address) */
  browserRefused?: Record<string, number>;
}

export interface AuditReport {
  schemaVersion: 1;
  tool: { name: 'atr-audit'; version: string };
  ruleset: { id: string; version: string };
  organisation: Organisation;
  startedAt: string;
  finishedAt: string;
  summary: ReportSummary;
  criteria: CriterionVerdict[];
  packs: PackResult[];
  sources: SourceEntry[];
  problems: Problem[];
  /** relevant documents that could not be read (present when there are any): criteria they may hold evidence for are `error`, not `not_met` */
  unreadable?: UnreadableDocument[];
  network?: NetworkNote;
  /** present when the crawl budget ran out with promising links unvisited */
  crawlBudget?: CrawlBudget;
  /** present when the crawl stopped before its budget because the last pages added nothing */
  earlyStop?: EarlyStop;
  /** audit --evidence: the council's own records (self-check-types.ts) */
  selfCheck?: SelfCheck;
  /** which nation's rules were applied and why */
  jurisdiction?: Jurisdiction;
}
