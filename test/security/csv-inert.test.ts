// Every CSV we write: no cell a spreadsheet would run as a formula (= + - @, tab, CR).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/batch/csv-parse.js';
import { buildSummary } from '../../src/batch/summary.js';
import { renderSummaryCsv } from '../../src/batch/summary-csv.js';
import { renderCsv } from '../../src/report/index.js';
import { hostileReport } from './hostile-report.js';

const FORMULA = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

function cellsOf(csv: string): string[] {
  return parseCsv(csv).flatMap((r) => r.fields);
}

/** Cells that would run as formulas; a number we computed ("-1") is not text a page gave us. */
const dangerous = (cells: string[]): string[] => cells.filter((c) => FORMULA.test(c) && !/^-?\d+(\.\d+)?$/.test(c));

describe('CSV outputs are inert', () => {
  it('report.csv', () => {
    const cells = cellsOf(renderCsv(hostileReport()));
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(dangerous(cells)).toEqual([]);
  });

  it('batch summary.csv: site names, codes, types and waiver reasons from lists and pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-inert-'));
    const report = hostileReport();
    report.organisation.slug = 'evil';
    mkdirSync(join(dir, 'evil'));
    writeFileSync(join(dir, 'evil', 'report.json'), JSON.stringify(report));
    const site = { slug: 'evil', url: 'https://evil.example/', name: '=HYPERLINK("http://evil.example","x")', code: '+1+cmd', nation: '@england', authorityType: '\tunitary', orgType: 'local-authority' as const };
    const other = { slug: 'other', url: 'https://other.example/', name: '-2+3', code: ' =1+1', orgType: 'local-authority' as const };
    const summary = buildSummary([{ site, dir }, { site: other, dir, result: { outcome: 'failed', reason: '=cmd|" /C calc"!A0' } }], '2026-01-01T00:00:00Z');
    summary.sites[0]!.name = '=HYPERLINK("http://evil.example","x")';
    const cells = cellsOf(renderSummaryCsv(summary));
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(dangerous(cells)).toEqual([]);
  });
});
