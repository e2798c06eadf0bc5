// Why a run did not exit 0, in a few lines a CI log shows even under --quiet (issue 13.6): the
// threshold and the score for exit 1, the sites below it or that failed for a batch.
import type { AuditReport } from '../core/index.js';
import type { BatchSummary } from './summary.js';

const MAX_LISTED = 20;
const scoreWords = (score: number | null): string => (score === null ? 'no score (nothing could be judged)' : `score ${score}`);

/** The lines for an audit's exit code; [] when it exits 0. */
export function auditExitReasons(report: AuditReport, failUnder: number | undefined): string[] {
  if (report.summary.sources.assessed === 0) {
    const first = report.problems[0];
    return [`exit 3: nothing could be read from ${report.organisation.url}${first ? ` (${first.kind}: ${first.message})` : ''}`];
  }
  const score = report.summary.score;
  if (failUnder === undefined || (score !== null && score >= failUnder)) return [];
  return [`exit 1: ${scoreWords(score)} is below --fail-under ${failUnder}`];
}

function listed<T>(items: T[], line: (x: T) => string): string[] {
  const out = items.slice(0, MAX_LISTED).map((x) => `  ${line(x)}`);
  if (items.length > MAX_LISTED) out.push(`  ... and ${items.length - MAX_LISTED} more (see summary.json)`);
  return out;
}

/** Sites under the threshold: audited with a score below it, or with no score at all. */
export function sitesBelow(summary: BatchSummary, failUnder: number): BatchSummary['sites'] {
  return summary.sites.filter((s) => s.outcome === 'audited' && (s.score === null || s.score < failUnder));
}

/** The lines for a batch's (or merge's) exit code; [] when it exits 0. Exit 3 wins, but both lists are given. */
export function batchExitReasons(summary: BatchSummary, failUnder: number | undefined): string[] {
  const failed = summary.sites.filter((s) => s.outcome === 'failed');
  const below = failUnder === undefined ? [] : sitesBelow(summary, failUnder);
  const out: string[] = [];
  if (failed.length > 0) {
    out.push(`exit 3: ${failed.length} of ${summary.counts.sites} sites could not be audited:`);
    out.push(...listed(failed, (s) => `${s.slug}: ${s.reason ?? 'failed'} (${s.url})`));
  }
  if (below.length > 0) {
    out.push(`${failed.length > 0 ? 'also' : 'exit 1:'} ${below.length} of ${summary.counts.audited} audited sites are below --fail-under ${failUnder}:`);
    out.push(...listed(below, (s) => `${s.slug}: ${scoreWords(s.score)} (${s.url})`));
  }
  return out;
}
