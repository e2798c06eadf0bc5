// Issue 17: further packs (report packs[]) in the batch summary rows and in diff.
import { describe, expect, it } from 'vitest';
import type { AuditReport, PackResult } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { diffReports, tally } from './diff.js';
import { renderDiffTerminal } from './diff-render.js';
import { buildSummary, summaryRow } from './summary.js';
import { renderSummaryCsv } from './summary-csv.js';

const clone = (): AuditReport => JSON.parse(JSON.stringify(sampleReport)) as AuditReport;
const withPack = (r: AuditReport, status: 'met' | 'partial', score: number): AuditReport => {
  const c = { ...r.criteria[0]!, id: 'C1', status, findings: [] };
  const pack: PackResult = { ruleset: { id: 'second-pack', version: '0.1.0' }, summary: { ...r.summary, score }, criteria: [c] };
  return { ...r, packs: [pack] };
};

describe('further packs in batch summaries and diff', () => {
  it('puts each further pack\'s score and criteria in the summary row', () => {
    const report = withPack(clone(), 'partial', 50);
    const row = summaryRow({ site: { slug: 'h', url: report.organisation.url } as never, dir: '.' }, report);
    expect(row.packs).toEqual({ 'second-pack': { score: 50, complete: report.summary.complete, criteria: { C1: 'partial' } } });
    expect(summaryRow({ site: { slug: 'h', url: report.organisation.url } as never, dir: '.' }, clone()).packs).toBeUndefined();
  });

  it('adds each further pack\'s score, completeness and criteria to summary.csv, blank for a site without it', () => {
    const report = withPack(clone(), 'partial', 50);
    const withIt = summaryRow({ site: { slug: 'a', url: report.organisation.url } as never, dir: '.' }, report);
    const without = summaryRow({ site: { slug: 'b', url: report.organisation.url } as never, dir: '.' }, clone());
    const [header, a, b] = renderSummaryCsv({ ...buildSummary([], '2026-12-08T00:00:00.000Z'), sites: [withIt, without] }).trimEnd().split('\n') as [string, string, string];
    expect(header.endsWith(',unreadable,second-pack:score,second-pack:complete,second-pack:C1')).toBe(true);
    expect(a.endsWith(`,50,${report.summary.complete},partial`)).toBe(true);
    expect(b.endsWith(',,,')).toBe(true);
    expect(header.split(',').length).toBe(a.split(',').length);
  });

  it('diffs a further pack\'s criteria under its own id (same criterion id as the main pack) and its score', () => {
    const d = diffReports('h', withPack(clone(), 'met', 100), withPack(clone(), 'partial', 50));
    expect(d.criteria).toEqual([expect.objectContaining({ id: 'second-pack/C1', from: 'met', to: 'partial', regression: true })]);
    expect(d.packScores).toEqual([{ ruleset: 'second-pack', from: 100, to: 50 }]);
    const text = renderDiffTerminal(tally([d]));
    expect(text).toContain('second-pack score 100 -> 50');
    expect(text).toContain('second-pack/C1: met -> partial REGRESSION');
  });
});
