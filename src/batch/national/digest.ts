// What the national pages need of each council's report.json, read one report at a time (a batch
// may hold hundreds): per criterion its status and the quote it rests on, and what changed since
// the previous run (diff.ts over that run's report).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport, CriterionVerdict, Status } from '../../core/index.js';
import { diffReports, type CouncilDiff } from '../diff.js';
import type { SummarySite } from '../summary.js';
import { previousRun, type HistoryRun } from './history.js';

export interface CriterionDigest {
  id: string;
  title: string;
  status: Status;
  summary: string;
  /** the quote the verdict rests on, and where */
  quote?: string;
  url?: string;
}

export interface CouncilDigest {
  slug: string;
  criteria: CriterionDigest[];
  /** what changed since the previous run that audited this council (absent: no earlier run) */
  change?: CouncilDiff;
  /** that run's generatedAt (the pages name it with history.ts runName) */
  changeSince?: string;
}

/** Quotes kept per change list: the page says how many more. */
const MAX_CHANGES_KEPT = 5;

function quoteOf(c: CriterionVerdict): { quote?: string; url?: string } {
  for (const f of c.findings) if (f.kind === 'verdict' && f.evidence[0]) return { quote: f.evidence[0].quote, url: f.evidence[0].url };
  return {};
}

export function digestReport(slug: string, report: AuditReport): CouncilDigest {
  return { slug, criteria: report.criteria.map((c) => ({ id: c.id, title: c.title, status: c.status, summary: c.summary, ...quoteOf(c) })) };
}

/** Keeps a few quotes per criterion change, and the counts of the rest. */
function trimmed(d: CouncilDiff): CouncilDiff {
  return { ...d, criteria: d.criteria.map((c) => ({ ...c, appeared: c.appeared.slice(0, MAX_CHANGES_KEPT), disappeared: c.disappeared.slice(0, MAX_CHANGES_KEPT) })) };
}

const readReport = (path: string): AuditReport | undefined => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AuditReport) : undefined);

/** The digest of one audited site in <out>, with its change since the previous run in history. */
export function loadDigest(out: string, site: SummarySite, history: HistoryRun[]): CouncilDigest | undefined {
  if (!site.report) return undefined;
  const report = readReport(join(out, site.report));
  if (!report) return undefined;
  const digest = digestReport(site.slug, report);
  const before = previousRun(site.slug, history);
  if (before) {
    const old = readReport(join(before.dir, site.slug, 'report.json'));
    if (old) {
      digest.change = trimmed(diffReports(site.slug, old, report));
      digest.changeSince = before.summary.generatedAt;
    }
  }
  return digest;
}
