// Issue 17: further packs (report packs[]) in the batch summary rows and in diff.
import { describe, expect, it } from 'vitest';
import type { AuditReport, PackResult } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { diffReports, tally } from './diff.js';
import { renderDiffTerminal } from './diff-render.js';
import { summaryRow, type BatchSummary } from './summary.js';
import { renderSummaryCsv } from './summary-csv.js';
import { renderSummaryHtml } from './summary-html.js';

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

  it('diffs a further pack\'s criteria under its own id (same criterion id as the main pack) and its score', () => {
    const d = diffReports('h', withPack(clone(), 'met', 100), withPack(clone(), 'partial', 50));
    expect(d.criteria).toEqual([expect.objectContaining({ id: 'second-pack/C1', from: 'met', to: 'partial', regression: true })]);
    expect(d.packScores).toEqual([{ ruleset: 'second-pack', from: 100, to: 50 }]);
    const text = renderDiffTerminal(tally([d]));
    expect(text).toContain('second-pack score 100 -> 50');
    expect(text).toContain('second-pack/C1: met -> partial REGRESSION');
  });

  it('gives each further pack its columns in summary.csv, after the main ones, and a table in index.html', () => {
    const rows = [
      summaryRow({ site: { slug: 'a', name: 'Ashby Council', url: 'https://a.test/' } as never, dir: '.' }, withPack(clone(), 'partial', 50)),
      summaryRow({ site: { slug: 'b', name: 'Brent Council', url: 'https://b.test/' } as never, dir: '.' }, clone()),
    ];
    const summary: BatchSummary = {
      schemaVersion: 1,
      generatedAt: '2026-12-07T00:00:00Z',
      ruleset: sampleReport.ruleset,
      criteriaList: sampleReport.criteria.map((c) => ({ id: c.id, title: c.title })),
      counts: { sites: 2, audited: 2, failed: 0, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 },
      sites: rows,
    };
    const [header, a, b] = renderSummaryCsv(summary).trim().split('\n').map((l) => l.split(','));
    expect(header!.slice(-4)).toEqual(['unreadable', 'second-pack/score', 'second-pack/complete', 'second-pack/C1']);
    expect(a!.slice(-3)).toEqual(['50', String(sampleReport.summary.complete), 'partial']);
    expect(b!.slice(-3)).toEqual(['', '', '']);
    const html = renderSummaryHtml(summary);
    expect(html).toContain('<h2>Further rule packs</h2>');
    expect(html).toMatch(/<caption>second-pack: councils by criterion<\/caption>.*<a href="a\/report.html">Ashby Council<\/a><\/th><td>50[^<]*<\/td><td class="s-partial">/s);
    expect(html).not.toMatch(/second-pack.*Brent Council/s);
  });
});
