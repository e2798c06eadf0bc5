// The request log and evaluation figures, checked against sums done by hand on the fixture files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluationFigures, readEvaluation, readRequests, requestFigures, requestLevel } from '../../src/evidence/index.js';

const dir = join(import.meta.dirname, '../../fixtures/self-check');
const read = (p: string): string => readFileSync(join(dir, p), 'utf8');

describe('requests.csv figures (fixtures/self-check/evidence)', () => {
  const log = readRequests(read('evidence/requests.csv'));
  const f = requestFigures(log.value!.rows, '2026-12-07');

  it('reads every row', () => {
    expect(log.errors).toEqual([]);
    expect(log.value!.rows).toHaveLength(14);
  });

  it('counts requests, the excluded row, open requests and their age', () => {
    // R13 is care_experienced = n; R04 leaves it blank (default y); R14 has no responded date.
    expect(f).toMatchObject({ rows: 14, excludedNotCareExperienced: 1, requests: 13, answered: 12, open: 1, firstReceived: '2025-01-06', lastReceived: '2026-11-02' });
    // R14: received 2 Nov 2026, 35 days before 7 Dec 2026; its deadline 2 Dec 2026 has passed.
    expect(f.oldestOpenDays).toBe(35);
    expect(f.overdueOpen).toBe(1);
  });

  it('gives days to respond: median and 90th percentile by nearest rank', () => {
    // sorted: 18 18 24 28 28 28 28 32 36 39 42 76 -> median (28+28)/2, p90 = rank ceil(10.8) = 11th = 42
    expect(f.daysToRespond).toEqual({ median: 28, p90: 42 });
  });

  it('counts one calendar month, extensions and the lawful limit, with stop-the-clock from 5 Feb 2026', () => {
    // Late: R03 (deadline 10 Apr), R04 (extended), R08 (13 Nov), R12 (20 Feb: received 20 Jan 2026, before
    // stop-the-clock, so ID on 2 Feb does not move it). R02: 31 Jan + 1 month = 28 Feb, answered that day.
    // R11: received 9 Feb 2026, ID 23 Feb -> deadline 23 Mar, answered 20 Mar: on time.
    expect(f.withinOneMonth).toEqual({ count: 8, of: 12, percent: 66.7 });
    expect(f.extended).toBe(1);
    // R04: extended, 15 Apr + 3 months = 15 Jul, answered 30 Jun.
    expect(f.withinLawfulLimit).toEqual({ count: 9, of: 12, percent: 75 });
    expect(f.clockStartedAtIdConfirmed).toBe(1);
  });

  it('breaks the figures down by quarter received', () => {
    expect(f.byQuarter).toEqual([
      { quarter: '2025-Q1', received: 3, answered: 3, withinOneMonth: 2, withinLawfulLimit: 2, medianDays: 28 },
      { quarter: '2025-Q2', received: 2, answered: 2, withinOneMonth: 1, withinLawfulLimit: 2, medianDays: 47 },
      { quarter: '2025-Q3', received: 2, answered: 2, withinOneMonth: 2, withinLawfulLimit: 2, medianDays: 28 },
      { quarter: '2025-Q4', received: 2, answered: 2, withinOneMonth: 1, withinLawfulLimit: 1, medianDays: 30 },
      { quarter: '2026-Q1', received: 3, answered: 3, withinOneMonth: 2, withinLawfulLimit: 2, medianDays: 36 },
      { quarter: '2026-Q4', received: 1, answered: 0, withinOneMonth: 0, withinLawfulLimit: 0, medianDays: null },
    ]);
  });

  it('counts support and complaints where given', () => {
    expect(f.supportOffered).toEqual({ given: 4, yes: 3 });
    expect(f.supportTaken).toEqual({ given: 2, yes: 1 });
    expect(f.complaints).toEqual({ given: 2, yes: 1 });
  });

  it('is met: 14 calendar months of answered care-specific requests', () => {
    expect(f.monthsCovered).toBe(14);
    expect(requestLevel(f)).toEqual({ level: 'met', reasons: [] });
  });
});

describe('other request logs', () => {
  it('reads aliases, UK dates, a BOM and CRLF, and applies stop-the-clock (messy.csv)', () => {
    const log = readRequests(read('logs/messy.csv'));
    expect(log.errors).toEqual([]);
    expect(log.value!.columns).toEqual(['reference', 'received', 'responded', 'id_confirmed', 'extended', 'care_experienced']);
    expect(log.value!.ignored).toEqual(['Notes']);
    const f = requestFigures(log.value!.rows, '2026-12-07');
    // A-1 28 days; A-2 37 days but its clock runs from 20 Feb (deadline 20 Mar, answered 19 Mar); A-3 extended, 88 days.
    expect(f).toMatchObject({ requests: 3, excludedNotCareExperienced: 1, answered: 3, daysToRespond: { median: 37, p90: 88 }, clockStartedAtIdConfirmed: 1 });
    expect(f.withinOneMonth).toEqual({ count: 2, of: 3, percent: 66.7 });
    expect(f.withinLawfulLimit).toEqual({ count: 3, of: 3, percent: 100 });
    expect(requestLevel(f).level).toBe('partial');
    expect(requestLevel(f).reasons[0]).toMatch(/3 calendar months/);
  });

  it('is partial for a short log, and for one with no care-experienced rows or no outcomes', () => {
    const short = requestFigures(readRequests(read('logs/short.csv')).value!.rows, '2026-12-07');
    expect(short).toMatchObject({ requests: 3, answered: 2, open: 1, monthsCovered: 2, oldestOpenDays: 273 });
    expect(requestLevel(short).level).toBe('partial');
    const noCare = requestFigures(readRequests('reference,received,responded,care_experienced\nX,2025-01-01,2025-01-02,n\n').value!.rows, '2026-12-07');
    expect(requestLevel(noCare).reasons[0]).toMatch(/not care-specific/);
    const noOutcome = requestFigures(readRequests('reference,received\nX,2025-01-01\nY,2026-03-01\n').value!.rows, '2026-12-07');
    expect(requestLevel(noOutcome).reasons[0]).toMatch(/no outcomes/);
  });

  it('lists every bad row with its line, the header being line 1 (invalid.csv)', () => {
    const log = readRequests(read('logs/invalid.csv'));
    expect(log.value).toBeUndefined();
    expect(log.errors).toEqual([
      'requests.csv:3: received is not a date (YYYY-MM-DD or DD/MM/YYYY) (31/02/2026)',
      'requests.csv:4: responded is before the date received, 2026-02-10 (2026-02-01)',
      'requests.csv:5: duplicate reference, first on line 2 (B1)',
      'requests.csv:6: care_experienced is not y or n (maybe)',
      'requests.csv:7: reference is blank ()',
      'requests.csv:8: responded is not a date (YYYY-MM-DD or DD/MM/YYYY) (next week)',
    ]);
  });

  it('skips rows of empty cells and reads headers with a bracketed note', () => {
    const log = readRequests('Reference,Date received,Extended (y/n),Care leaver?\nQ1,2026-01-05,y,y\n,,,\n\nQ2,2026-01-06,,n\n');
    expect(log.errors).toEqual([]);
    expect(log.value!.columns).toEqual(['reference', 'received', 'extended', 'care_experienced']);
    expect(log.value!.rows.map((r) => [r.line, r.extended, r.careExperienced])).toEqual([[2, true, true], [5, undefined, false]]);
  });

  it('names a missing required column on line 1', () => {
    expect(readRequests(read('logs/missing-column.csv')).errors).toEqual(['requests.csv:1: missing required column (received)']);
  });
});

describe('evaluation.csv figures', () => {
  const ev = readEvaluation(read('evidence/evaluation.csv'));
  const log = readRequests(read('evidence/requests.csv')).value!.rows;
  const f = evaluationFigures(ev.value!.rows, log);

  it('summarises scores: means and the share scoring 4-5', () => {
    expect(ev.errors).toEqual([]);
    // overall 5 3 4 2 5 = 19/5; support 5 4 3 5 = 17/4 (one blank); timeliness 4 2 3 1 5 = 15/5
    expect(f.replies).toBe(5);
    expect(f.overall).toEqual({ answered: 5, mean: 3.8, high: { count: 3, of: 5, percent: 60 } });
    expect(f.support).toEqual({ answered: 4, mean: 4.25, high: { count: 3, of: 4, percent: 75 } });
    expect(f.timeliness).toEqual({ answered: 5, mean: 3, high: { count: 2, of: 5, percent: 40 } });
  });

  it('counts comments without keeping them, and relates replies to requests answered in the log period', () => {
    expect(f.comments).toBe(3);
    expect(JSON.stringify(ev.value)).not.toMatch(/ZZCOMMENT/);
    // period 6 Jan 2025 - 2 Nov 2026: 5 replies, 12 care-experienced requests answered (R13 is not counted)
    expect(f.perDisclosedRequest).toEqual({ from: '2025-01-06', to: '2026-11-02', replies: 5, disclosed: 12, ratio: 0.42 });
  });

  it('refuses scores outside 1-5 and bad dates, by line', () => {
    expect(readEvaluation('received,overall\n2026-01-01,6\nsoon,4\n').errors).toEqual([
      'evaluation.csv:2: overall is not a score from 1 to 5 (6)',
      'evaluation.csv:3: received is not a date (YYYY-MM-DD or DD/MM/YYYY) (soon)',
    ]);
  });
});
