import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, monthsSpanned, parseDate, quarterOf } from './dates.js';

describe('self-check dates', () => {
  it('reads ISO and UK dates and refuses dates that do not exist', () => {
    expect(parseDate('2026-02-05')).toBe('2026-02-05');
    expect(parseDate('05/02/2026')).toBe('2026-02-05');
    expect(parseDate('5/2/2026')).toBe('2026-02-05');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    for (const bad of ['31/02/2026', '2026-13-01', '02/05/26', 'next week', '2026/02/05', '29/02/2026']) expect(parseDate(bad), bad).toBeUndefined();
  });

  it('adds calendar months: the same date, or the last day of a month without it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2025-12-10', 1)).toBe('2026-01-10');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('counts days, quarters and months spanned', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-10-01')).toBe('2026-Q4');
    expect(monthsSpanned('2025-01-06', '2026-02-09')).toBe(14);
    expect(monthsSpanned('2026-01-31', '2026-01-01')).toBe(1);
  });
});

describe('spreadsheet exports', () => {
  it('drops a midnight time, and nothing else', () => {
    expect(parseDate('2026-02-05 00:00:00')).toBe('2026-02-05');
    expect(parseDate('05/02/2026 00:00')).toBe('2026-02-05');
    expect(parseDate('2026-02-05T00:00:00Z')).toBe('2026-02-05');
    expect(parseDate('2026-02-05 14:30')).toBeUndefined();
  });
});
