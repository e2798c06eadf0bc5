// report.json: keys in the contract's order, whatever order the input object was built in.
import type {
  AuditReport,
  CriterionVerdict,
  Evidence,
  Finding,
  PackResult,
  Problem,
  ReportSummary,
  SourceEntry,
} from '../core/index.js';

type Plain = Record<string, unknown>;

/**
 * Copy `obj` with `keys` first in that order, then any other keys sorted, so a field added to
 * types.ts later is kept (and placed deterministically) rather than silently dropped.
 */
function ordered(obj: object, keys: readonly string[]): Plain {
  const src = obj as Plain;
  const out: Plain = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src).sort()) if (!keys.includes(k) && src[k] !== undefined) out[k] = src[k];
  return out;
}

const evidence = (e: Evidence): Plain =>
  ordered(e, ['url', 'title', 'kind', 'location', 'quote', 'contentHash', 'fetchedAt', 'screenshot']);

const finding = (f: Finding): Plain => ({
  ...ordered(f, ['id', 'ruleId', 'kind', 'status', 'message', 'evidence', 'correction', 'rewrite']),
  evidence: f.evidence.map(evidence),
});

function criterion(c: CriterionVerdict): Plain {
  const out = ordered(c, ['id', 'title', 'level', 'status', 'score', 'summary', 'uncertain', 'findings', 'alsoConsidered', 'searched', 'publish']);
  out.findings = c.findings.map(finding);
  if (c.alsoConsidered) out.alsoConsidered = c.alsoConsidered.map(finding);
  if (c.searched) out.searched = ordered(c.searched, ['pagesVisited', 'documentsRead', 'lookedFor', 'where', 'classesRead', 'urls', 'queries']);
  if (c.publish) out.publish = ordered(c.publish, ['what', 'example']);
  return out;
}

function summary(s: ReportSummary): Plain {
  const out = ordered(s, [
    'score', 'eligible', 'met', 'partial', 'notMet', 'needsEvidence', 'notApplicable', 'error',
    'complete', 'clearmarkReady', 'blocking', 'sources', 'levels',
  ]);
  out.sources = ordered(s.sources, ['discovered', 'assessed', 'failed', 'skipped']);
  if (s.levels) out.levels = s.levels.map((l) => ordered(l, ['level', 'criteria', 'score', 'eligible', 'met', 'partial', 'notMet', 'needsEvidence', 'notApplicable', 'error']));
  return out;
}

const ruleset = (r: { id: string; version: string }): Plain => ordered(r, ['id', 'version']);

const pack = (p: PackResult): Plain => ({
  ...ordered(p, ['ruleset', 'summary', 'criteria']),
  ruleset: ruleset(p.ruleset),
  summary: summary(p.summary),
  criteria: p.criteria.map(criterion),
});

const source = (s: SourceEntry): Plain =>
  ordered(s, [
    'url', 'finalUrl', 'outcome', 'reason', 'status', 'kind', 'class', 'docType',
    'fetchedWith', 'contentHash', 'bytes', 'depth',
  ]);

const problem = (p: Problem): Plain => ordered(p, ['url', 'kind', 'message']);

/** The report as a plain object in contract key order (exported for tests and the batch). */
export function toContractOrder(r: AuditReport): Plain {
  const out = ordered(r, [
    'schemaVersion', 'tool', 'ruleset', 'organisation', 'jurisdiction', 'startedAt', 'finishedAt',
    'summary', 'criteria', 'packs', 'sources', 'problems', 'unreadable', 'network', 'crawlBudget', 'earlyStop',
  ]);
  if (r.crawlBudget) out.crawlBudget = ordered(r.crawlBudget, ['maxPages', 'skipped', 'promising', 'unvisited']);
  if (r.earlyStop) out.earlyStop = ordered(r.earlyStop, ['pagesFetched', 'quietPages', 'patience']);
  out.tool = ordered(r.tool, ['name', 'version']);
  out.ruleset = ruleset(r.ruleset);
  out.organisation = ordered(r.organisation, ['name', 'slug', 'type', 'code', 'nation', 'authorityType', 'url']);
  if (r.jurisdiction) out.jurisdiction = ordered(r.jurisdiction, ['nation', 'basis', 'reason', 'body', 'notes']);
  out.summary = summary(r.summary);
  out.criteria = r.criteria.map(criterion);
  out.packs = r.packs.map(pack);
  out.sources = r.sources.map(source);
  out.problems = r.problems.map(problem);
  if (r.unreadable) out.unreadable = r.unreadable.map((u) => ordered(u, ['url', 'kind', 'message', 'about']));
  return out;
}

export function renderJson(r: AuditReport): string {
  return `${JSON.stringify(toContractOrder(r), null, 2)}\n`;
}
