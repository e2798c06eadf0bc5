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
import { mergeUnreadable, unreadableSources, type UnreadableSource } from './unreadable.js';
import { applySelfCheck, selfCheckWordsOf } from '../evidence/index.js';
import { inferNation, jurisdictionFor, type BodyEntry } from '../nation/index.js';

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
  /** the body list the nation is inferred from (data/); none: domain and postcodes only */
  bodyList?: BodyEntry[];
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
  const extracted: { doc: ExtractedDocument; anchorText: string | undefined; source: SourceEntry | undefined }[] = [];
  const primaryPack = opts.packs[0];
  if (!primaryPack) throw new Error('no rule pack to evaluate');

  for (const resource of record.resources) {
    const source = sourceOf.get(resource.url);
    try {
      const body = await opts.bodies.get(resource.contentHash);
      const doc = await extract(resource, body);
      // Read in part (a work limit was reached): kept, and the part left unread is a problem.
      if (doc.truncated) problems.push({ url: resource.url, kind: 'too-large', message: doc.truncated });
      extracted.push({ doc, anchorText: resource.anchorText, source });
    } catch (e) {
      // A broken document is a recorded problem, never a crash of the audit.
      const kind = e instanceof ExtractError ? e.kind : 'parse-error';
      if (!problems.some((p) => p.url === resource.url && p.kind === kind)) problems.push({ url: resource.url, kind, message: (e as Error).message });
      if (source && source.outcome === 'assessed') Object.assign(source, { outcome: 'failed', reason: kind });
    }
  }

  const counts = {
    discovered: sources.length,
    assessed: sources.filter((s) => s.outcome === 'assessed').length,
    failed: sources.filter((s) => s.outcome === 'failed').length,
    skipped: sources.filter((s) => s.outcome === 'skipped').length,
  };
  // Which nation's law applies: said by the user, else inferred (src/nation); rules of other nations are not applied.
  const given = record.organisation.nation ? { nation: record.organisation.nation, from: record.nationFrom ?? ('list' as const) } : undefined;
  const decision = inferNation({ given, url: record.target.kind === 'url' ? record.organisation.url : undefined, texts: extracted.map((e) => e.doc.text), bodies: opts.bodyList ?? [] });
  const jurisdiction = jurisdictionFor(decision, opts.packs);
  const organisation = decision.nation && !record.organisation.nation ? { ...record.organisation, nation: decision.nation } : record.organisation;
  // Each pack classes the documents with its own class rules and lexicons (one extraction, one crawl);
  // the sources list shows the primary pack's classes.
  const documentsOf = (pack: LoadedPack): ClassifiedDocument[] => {
    const classified = extracted.map((e) => ({ ...e.doc, classification: classifyDocument(e.doc, { pack, anchorText: e.anchorText, orgType: record.organisation.type }) }));
    // Attachments take the topic of the records page that links to them (a leaflet about "your records").
    return inheritTopicFromLinks(classified, pack);
  };
  let primaryDocuments: ClassifiedDocument[] = [];
  const readingProblems = [...problems]; // before any pack's rule timeouts are added
  const unreadableByPack: UnreadableSource[][] = [];
  const results: PackResult[] = opts.packs.map((pack, index) => {
    const documents = documentsOf(pack);
    if (index === 0) {
      primaryDocuments = documents;
      documents.forEach((doc, i) => {
        const source = extracted[i]!.source;
        if (source) Object.assign(source, { docType: doc.classification.docType, class: doc.classification.topic });
      });
    }
    // A resource we could not read whose address or link text suggests it may hold evidence (the pack's focus.relevantUrl; see unreadable.ts).
    const relevantUrl = new RegExp(pack.def.focus.relevantUrl, 'i');
    const unreadable = unreadableSources(readingProblems, documents, record.resources, relevantUrl);
    unreadableByPack.push(unreadable);
    const ctx = {
      jurisdiction,
      unreadable,
      nothingRead: documents.length === 0,
      pagesVisited: documents.filter((d) => d.kind === 'html').length,
      sourceCounts: counts,
      documents: [...documents].sort(packDocumentOrder(pack)),
    };
    const outcomes = evaluatePack(pack, documents, { orgType: record.organisation.type, nation: decision.nation ?? undefined });
    for (const s of outcomes.flatMap((o) => o.stopped ?? [])) problems.push({ url: s.url, kind: 'timeout', message: s.message });
    return scorePack(pack, outcomes, ctx);
  });
  const [primary, ...others] = results;
  if (!primary) throw new Error('no rule pack to evaluate');

  const report: AuditReport = {
    schemaVersion: 1,
    tool: { name: 'atr-audit', version: TOOL_VERSION },
    ruleset: primary.ruleset,
    organisation,
    startedAt: record.startedAt,
    finishedAt: opts.finishedAt,
    summary: primary.summary,
    criteria: primary.criteria,
    packs: others,
    sources: sources.sort(byString((s) => s.url)),
    problems: problems.sort(byString((p) => `${p.url}\n${p.kind}`)),
    ...(unreadableByPack.flat().length ? { unreadable: mergeUnreadable(unreadableByPack) } : {}),
    ...(record.network ? { network: record.network } : {}),
    jurisdiction,
    ...(record.earlyStop ? { earlyStop: record.earlyStop } : {}),
  };
  if (record.evidence) applySelfCheck(report, record.evidence, primaryDocuments, selfCheckWordsOf(primaryPack.def));
  annotateConsent(report, record.resources);
  return applyCrawlBudget(report, record.budget, opts.packs, record.target.value[0] ?? record.organisation.url);
}
