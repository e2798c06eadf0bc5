// The batch summary, built from the per-site reports on disk one at a time (never from memory of
// the run), so an interrupted-and-resumed run, a merge of shards and an uninterrupted run agree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport, Status } from '../core/index.js';
import { resultOf } from './audit-site.js';
import type { BatchSite } from './site-list.js';
import type { SiteOutcome, SiteResult } from './state.js';

export interface SummarySite {
  slug: string;
  name: string | null;
  code: string | null;
  nation: string | null;
  authorityType: string | null;
  url: string;
  outcome: SiteOutcome;
  reason?: string;
  score: number | null;
  complete: boolean | null;
  clearmarkReady: boolean | null;
  /** criterion id -> status; empty when there is no report */
  criteria: Record<string, Status>;
  /** criterion id -> waiver reason, for criteria where a waiver marked findings or set the status */
  waived?: Record<string, string>;
  /** criteria short of met that unvisited promising links could still change (the crawl budget ran out) */
  uncertain?: string[];
  /** relevant documents that could not be read (report.unreadable): verdicts that rest on them are `error`, and may be wrong */
  unreadable?: number;
  /** those documents: address and why (broken, password, timeout, too large, unsupported) */
  unreadableDocuments?: Array<{ url: string; kind: string; message: string }>;
  /** further packs (report packs[]): score, completeness and criteria by pack id */
  packs?: Record<string, { score: number | null; complete: boolean; criteria: Record<string, Status> }>;
  report: string | null;
}

export interface BatchSummary {
  schemaVersion: 1;
  generatedAt: string;
  ruleset: { id: string; version: string } | null;
  /** the primary pack's criteria, in order, from the first report */
  criteriaList: Array<{ id: string; title: string }>;
  /**
   * uncertain: audited sites with at least one criterion left uncertain by the crawl budget;
   * unreadable: relevant documents that could not be read, over all sites; unreadableSites: sites with any
   */
  counts: { sites: number; audited: number; failed: number; skipped: number; uncertain: number; unreadable: number; unreadableSites: number };
  sites: SummarySite[];
}

export const NOT_RUN = 'not run yet (use --resume to continue)';

export function readSiteReport(dir: string, slug: string): AuditReport | undefined {
  const path = join(dir, slug, 'report.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AuditReport) : undefined;
}

function waivedOf(r: AuditReport): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const c of r.criteria) {
    const reason = c.waived?.reason ?? c.findings.find((f) => f.waiver)?.waiver?.reason;
    if (reason) out[c.id] = reason;
  }
  return Object.keys(out).length ? out : undefined;
}

export interface SummaryEntry {
  site: BatchSite;
  result?: SiteResult;
  /** folder holding <slug>/report.json (merge: the shard's folder) */
  dir: string;
}

export function summaryRow(entry: SummaryEntry, report: AuditReport | undefined): SummarySite {
  const { site, result } = entry;
  const base = {
    slug: site.slug,
    name: site.name ?? report?.organisation.name ?? null,
    code: site.code ?? null,
    // The list's nation, else the one the audit inferred (report.jurisdiction).
    nation: site.nation ?? report?.jurisdiction?.nation ?? null,
    authorityType: site.authorityType ?? null,
    url: site.url,
  };
  if (report) {
    const r = resultOf(report);
    const row: SummarySite = {
      ...base,
      outcome: r.outcome,
      ...(r.reason ? { reason: r.reason } : {}),
      score: report.summary.score,
      complete: report.summary.complete,
      clearmarkReady: report.summary.clearmarkReady,
      criteria: Object.fromEntries(report.criteria.map((c) => [c.id, c.status])),
      report: `${site.slug}/report.json`,
    };
    const waived = waivedOf(report);
    if (waived) row.waived = waived;
    const uncertain = report.criteria.filter((c) => c.uncertain).map((c) => c.id);
    if (uncertain.length > 0) row.uncertain = uncertain;
    if (report.unreadable?.length) {
      row.unreadable = report.unreadable.length;
      row.unreadableDocuments = report.unreadable.map((u) => ({ url: u.url, kind: u.kind, message: u.message }));
    }
    if (report.packs?.length) {
      row.packs = Object.fromEntries(
        report.packs.map((p) => [p.ruleset.id, { score: p.summary.score, complete: p.summary.complete, criteria: Object.fromEntries(p.criteria.map((c) => [c.id, c.status])) }]),
      );
    }
    return row;
  }
  const outcome: SiteOutcome = result?.outcome === 'failed' ? 'failed' : 'skipped';
  return { ...base, outcome, reason: result?.reason ?? NOT_RUN, score: null, complete: null, clearmarkReady: null, criteria: {}, report: null };
}

/** Reads each site's report once, keeps only its summary row. */
export function buildSummary(entries: SummaryEntry[], generatedAt: string): BatchSummary {
  let ruleset: BatchSummary['ruleset'] = null;
  let criteriaList: BatchSummary['criteriaList'] = [];
  const sites: SummarySite[] = [];
  for (const entry of [...entries].sort((a, b) => (a.site.slug < b.site.slug ? -1 : a.site.slug > b.site.slug ? 1 : 0))) {
    const report = entry.result?.outcome === 'skipped' ? undefined : readSiteReport(entry.dir, entry.site.slug);
    if (report && ruleset === null) {
      ruleset = report.ruleset;
      criteriaList = report.criteria.map((c) => ({ id: c.id, title: c.title }));
    }
    sites.push(summaryRow(entry, report));
  }
  const count = (o: SiteOutcome): number => sites.filter((s) => s.outcome === o).length;
  return {
    schemaVersion: 1,
    generatedAt,
    ruleset,
    criteriaList,
    counts: {
      sites: sites.length,
      audited: count('audited'),
      failed: count('failed'),
      skipped: count('skipped'),
      uncertain: sites.filter((s) => s.uncertain).length,
      unreadable: sites.reduce((n, s) => n + (s.unreadable ?? 0), 0),
      unreadableSites: sites.filter((s) => s.unreadable).length,
    },
    sites,
  };
}
