import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { renderSummaryCsv } from './summary-csv.js';
import { summaryRow, type BatchSummary } from './summary.js';
import { renderSummaryHtml } from './summary-html.js';
import { unreadableLines } from './unreadable-note.js';

describe('batch summary of a site whose crawl ran out of budget', () => {
  it('lists the uncertain criteria in summary.json and summary.csv, and counts the site', () => {
    const report = structuredClone(sampleReport);
    report.criteria[0]!.uncertain = 'Not certain: 7 promising links were not visited.';
    const site = { slug: 'northmoor', url: 'https://www.northmoor.test/', orgType: 'local-authority' as const };
    const row = summaryRow({ site, dir: '/nowhere' }, report);
    expect(row.uncertain).toEqual([report.criteria[0]!.id]);
    const plain = summaryRow({ site, dir: '/nowhere' }, sampleReport);
    expect(plain.uncertain).toBeUndefined();
    const summary: BatchSummary = {
      schemaVersion: 1,
      generatedAt: '2026-12-07T00:00:00Z',
      ruleset: sampleReport.ruleset,
      criteriaList: sampleReport.criteria.map((c) => ({ id: c.id, title: c.title })),
      counts: { sites: 1, audited: 1, failed: 0, skipped: 0, uncertain: 1, unreadable: 0, unreadableSites: 0 },
      sites: [row],
    };
    const [header, line] = renderSummaryCsv(summary).trim().split('\n');
    expect(header!.split(',').slice(-2)).toEqual(['uncertain', 'unreadable']);
    expect(line!.split(',').slice(-2)).toEqual([report.criteria[0]!.id, '0']);
  });
});

describe('batch summary of sites with relevant documents that could not be read', () => {
  const site = (slug: string) => ({ slug, url: `https://www.${slug}.test/`, orgType: 'local-authority' as const });
  const withUnreadable = (n: number) => {
    const report = structuredClone(sampleReport);
    report.unreadable = Array.from({ length: n }, (_, i) => ({ url: `https://x.test/downloads/file/${i}`, kind: i === 0 ? ('timeout' as const) : ('parse-error' as const), message: 'could not be read' }));
    return report;
  };

  it('counts them per site and in total, and says which on the terminal and in index.html', () => {
    const rows = [summaryRow({ site: site('ashby'), dir: '/nowhere' }, withUnreadable(3)), summaryRow({ site: site('brent'), dir: '/nowhere' }, sampleReport), summaryRow({ site: site('cole'), dir: '/nowhere' }, withUnreadable(1))];
    expect(rows.map((r) => r.unreadable)).toEqual([3, undefined, 1]);
    expect(rows[0]!.unreadableDocuments).toHaveLength(3);
    const summary: BatchSummary = {
      schemaVersion: 1,
      generatedAt: '2026-12-07T00:00:00Z',
      ruleset: sampleReport.ruleset,
      criteriaList: sampleReport.criteria.map((c) => ({ id: c.id, title: c.title })),
      counts: { sites: 3, audited: 3, failed: 0, skipped: 0, uncertain: 0, unreadable: 4, unreadableSites: 2 },
      sites: rows,
    };
    expect(unreadableLines(summary)).toEqual([
      expect.stringMatching(/^4 relevant documents could not be read on 2 sites .*may change once they can be read\.$/),
      '  ashby: 3 relevant documents unreadable (timeout 1, parse-error 2)',
      '  cole: 1 relevant document unreadable (timeout 1)',
    ]);
    expect(unreadableLines({ ...summary, counts: { ...summary.counts, unreadable: 0, unreadableSites: 0 }, sites: [rows[1]!] })).toEqual([]);
    const html = renderSummaryHtml(summary);
    expect(html).toContain('<a href="#unread-ashby">3 relevant documents unreadable</a>');
    expect(html).toContain('<li id="unread-cole">');
    expect(renderSummaryCsv(summary).trim().split('\n').map((l) => l.split(',').at(-1))).toEqual(['unreadable', '3', '0', '1']);
  });
});
