import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { CSV_HEADER, renderCsv } from './csv.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

/** A small RFC 4180 reader: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('renderCsv', () => {
  const csv = renderCsv(sampleReport);
  const rows = parseCsv(csv);

  it('is deterministic, CRLF-terminated, one row per criterion under the header', () => {
    expect(renderCsv(sampleReport)).toBe(csv);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(sampleReport.criteria.map((c) => c.id));
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
  });

  it('parses back to the report values', () => {
    const c6 = rows.find((r) => r[0] === 'C6')!;
    expect(c6.slice(1, 6)).toEqual(['Accessible leaflet/letter', 'met', '1', sampleReport.criteria[5]!.summary, '2']);
    expect(c6[6]).toBe('We will reply within one month. A worker can sit with you while you read your file.');
    expect(c6[8]).toBe('page 1');
    const c4 = rows.find((r) => r[0] === 'C4')!;
    expect(c4.slice(2, 4)).toEqual(['error', '']);
    expect(rows.find((r) => r[0] === 'C2')![3]).toBe('0.5');
  });

  it('keeps commas, quotes and line breaks inside cells, and defuses formulas', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.criteria[0]!.title = '=HYPERLINK("http://evil.example","click")';
    r.criteria[0]!.summary = 'one, "two"\nthree';
    r.criteria[0]!.findings[0]!.evidence[0]!.quote = '@SUM(A1:A9) and more';
    r.criteria[1]!.summary = '+44 20 7946 0000 is the number';
    r.criteria[2]!.summary = '-1 reasons';
    const back = parseCsv(renderCsv(r));
    expect(back[1]![1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(back[1]![4]).toBe('one, "two"\nthree');
    expect(back[1]![6]).toBe("'@SUM(A1:A9) and more");
    expect(back[2]![4]).toBe("'+44 20 7946 0000 is the number");
    expect(back[3]![4]).toBe("'-1 reasons");
    expect(back).toHaveLength(1 + r.criteria.length);
  });
});

describe('waivers in report.csv', () => {
  it('names the waiver covering a criterion, and leaves the column empty otherwise', () => {
    const waived: AuditReport = structuredClone(sampleReport);
    const c1 = waived.criteria[0]!;
    const finding = c1.findings[0]!;
    finding.waiver = { reason: 'checked by hand: the page is live', author: 'A. Campaigner', expires: '2027-01-31' };
    const rows = parseCsv(renderCsv(waived));
    const col = CSV_HEADER.indexOf('waived');
    expect(rows[1]![col]).toBe('1 finding: checked by hand: the page is live (A. Campaigner, until 2027-01-31)');
    expect(rows[2]![col]).toBe('');
  });
});
