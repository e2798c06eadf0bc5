import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { renderSummaryCsv } from './summary-csv.js';
import { summaryRow, type BatchSummary } from './summary.js';

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
      counts: { sites: 1, audited: 1, failed: 0, skipped: 0, uncertain: 1 },
      sites: [row],
    };
    const [header, line] = renderSummaryCsv(summary).trim().split('\n');
    expect(header!.split(',').at(-1)).toBe('uncertain');
    expect(line!.split(',').at(-1)).toBe(report.criteria[0]!.id);
  });
});
