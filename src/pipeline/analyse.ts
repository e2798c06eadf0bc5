import type {
  AuditReport,
  ClassifiedDocument,
  CrawlRecord,
  ExtractedDocument,
  FetchedResource,
  PackResult,
  Problem,
  SourceEntry,
} from '../core/index.js';
import { TOOL_VERSION } from '../core/index.js';
import { classifyDocument, inheritTopicFromLinks } from '../classify/index.js';
import { evaluatePack, packDocumentOrder } from '../evaluate/index.js';
import { ExtractError, extractResource } from '../extract/index.js';
import type { BodyStore } from '../fetch/index.js';
import type { LoadedPack } from '../rules/index.js';
import { applyCrawlBudget, scorePack } from '../score/index.js';
import { annotateConsent } from './evidence-screenshots.js';
import { unreadableSources } from './unreadable.js';
import { applySelfCheck, selfCheckWordsOf } from '../evidence/index.js';

export type Extractor = (resource: FetchedResource, body: Buffer) => Promise<ExtractedDocument>;


function byString<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export interface AnalyseOptions {
  packs: LoadedPack[];
  bodies: BodyStore;
  /** reuse documents already extracted during the crawl (same bytes give the same document) */
  extract?: Extractor;
  finishedAt: string;
}

/**
 * Everything after the network: extract, classify, evaluate, score, assemble the report.
 * Deterministic for the same crawl record, bodies and rules (only finishedAt varies).
 */
export async function analyseCrawl(record: CrawlRecord, opts: AnalyseOptions): Promise<AuditReport> {
  const extract = opts.extract ?? extractResource;
  const problems: Problem[] = [...record.problems];
  const sources: SourceEntry[] = record.sources.map((s) => ({ ...s }));
  const sourceOf = new Map(sources.map((s) => [s.url, s]));
  const extracted: { doc: ClassifiedDocument; source: SourceEntry | undefined }[] = [];
  // The first pack owns the document classes: its class rules and lexicons decide them.
  const classesFrom = opts.packs[0];
  if (!classesFrom) throw new Error('no rule pack to evaluate');

  for (const resource of record.resources) {
    const source = sourceOf.get(resource.url);
    try {
      const body = await opts.bodies.get(resource.contentHash);
      const doc = await extract(resource, body);
      // Read in part (a work limit was reached): kept, and the part left unread is a problem.
      if (doc.truncated) problems.push({ url: resource.url, kind: 'too-large', message: doc.truncated });
      const classification = classifyDocument(doc, { pack: classesFrom, anchorText: resource.anchorText, orgType: record.organisation.type });
      extracted.push({ doc: { ...doc, classification }, source });
      if (source) source.docType = classification.docType;
    } catch (e) {
      // A broken document is a recorded problem, never a crash of the audit.
      const kind = e instanceof ExtractError ? e.kind : 'parse-error';
      if (!problems.some((p) => p.url === resource.url && p.kind === kind)) problems.push({ url: resource.url, kind, message: (e as Error).message });
      if (source && source.outcome === 'assessed') Object.assign(source, { outcome: 'failed', reason: kind });
    }
  }

  // Attachments take the topic of the care-records page that links to them (a leaflet about "your records").
  const documents = inheritTopicFromLinks(extracted.map((e) => e.doc), classesFrom);
  documents.forEach((doc, i) => {
    const source = extracted[i]!.source;
    if (source) source.class = doc.classification.topic;
  });

  // A resource we could not read whose address or link text suggests it may hold evidence (the pack's focus.relevantUrl; see unreadable.ts).
  const relevantUrl = new RegExp(classesFrom.def.focus.relevantUrl, 'i');
  const unreadable = unreadableSources(problems, documents, record.resources, relevantUrl);
  const counts = {
    discovered: sources.length,
    assessed: sources.filter((s) => s.outcome === 'assessed').length,
    failed: sources.filter((s) => s.outcome === 'failed').length,
    skipped: sources.filter((s) => s.outcome === 'skipped').length,
  };
  const ctx = {
    unreadable,
    nothingRead: documents.length === 0,
    pagesVisited: documents.filter((d) => d.kind === 'html').length,
    sourceCounts: counts,
    documents: [...documents].sort(packDocumentOrder(classesFrom)),
  };
  const results: PackResult[] = opts.packs.map((pack) => {
    const outcomes = evaluatePack(pack, documents, { orgType: record.organisation.type, nation: record.organisation.nation });
    for (const s of outcomes.flatMap((o) => o.stopped ?? [])) problems.push({ url: s.url, kind: 'timeout', message: s.message });
    return scorePack(pack, outcomes, ctx);
  });
  const [primary, ...others] = results;
  if (!primary) throw new Error('no rule pack to evaluate');

  const report: AuditReport = {
    schemaVersion: 1,
    tool: { name: 'atr-audit', version: TOOL_VERSION },
    ruleset: primary.ruleset,
    organisation: record.organisation,
    startedAt: record.startedAt,
    finishedAt: opts.finishedAt,
    summary: primary.summary,
    criteria: primary.criteria,
    packs: others,
    sources: sources.sort(byString((s) => s.url)),
    problems: problems.sort(byString((p) => `${p.url}\n${p.kind}`)),
    ...(record.network ? { network: record.network } : {}),
    ...(record.earlyStop ? { earlyStop: record.earlyStop } : {}),
  };
  if (record.evidence) applySelfCheck(report, record.evidence, documents, selfCheckWordsOf(classesFrom.def));
  annotateConsent(report, record.resources);
  return applyCrawlBudget(report, record.budget, opts.packs, record.target.value[0] ?? record.organisation.url);
}
