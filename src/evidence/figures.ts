// The C5 and C7 figures, all from calendar dates (docs/rules/self-check.md says how each is counted).
import type { EvaluationFigures, EvaluationRow, QuarterFigures, RequestFigures, RequestRow, ScoreFigures, Share, YesNoCount } from '../core/index.js';
import { addMonths, daysBetween, monthsSpanned, quarterOf } from './dates.js';
import { NO_SELF_CHECK_WORDS } from './plain-words.js';

/** From this date the one-month clock starts when identity is confirmed, if later (DUAA s.76, "stop the clock"). */
export const STOP_THE_CLOCK_FROM = '2026-02-05';

export function share(count: number, of: number): Share {
  return { count, of, percent: of === 0 ? null : Math.round((1000 * count) / of) / 10 };
}

export function median(sorted: number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest rank: the value at rank ceil(p/100 * n) of the sorted list. */
export function nearestRank(sorted: number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

/** The date the one-month clock runs from: received, or a later id_confirmed for requests received from 5 Feb 2026. */
export function clockStart(r: RequestRow): string {
  return r.received >= STOP_THE_CLOCK_FROM && r.idConfirmed !== undefined && r.idConfirmed > r.received ? r.idConfirmed : r.received;
}

export function oneMonthDeadline(r: RequestRow): string {
  return addMonths(clockStart(r), 1);
}

/** One month, or three when the person was told of an extension. */
export function lawfulDeadline(r: RequestRow): string {
  return addMonths(clockStart(r), r.extended !== undefined ? 3 : 1);
}

function yesNo(rows: RequestRow[], key: 'supportOffered' | 'supportTaken' | 'complaint'): YesNoCount | undefined {
  const given = rows.filter((r) => r[key] !== undefined);
  return given.length === 0 ? undefined : { given: given.length, yes: given.filter((r) => r[key] === true).length };
}

export function requestFigures(all: RequestRow[], asOf: string): RequestFigures {
  const rows = all.filter((r) => r.careExperienced);
  const answered = rows.filter((r) => r.responded !== undefined);
  const open = rows.filter((r) => r.responded === undefined);
  const days = answered.map((r) => daysBetween(r.received, r.responded!)).sort((a, b) => a - b);
  const inMonth = (r: RequestRow): boolean => r.responded! <= oneMonthDeadline(r);
  const inLimit = (r: RequestRow): boolean => r.responded! <= lawfulDeadline(r);
  const received = rows.map((r) => r.received).sort();
  const answeredReceived = answered.map((r) => r.received).sort();
  const quarters = new Map<string, RequestRow[]>();
  for (const r of rows) quarters.set(quarterOf(r.received), [...(quarters.get(quarterOf(r.received)) ?? []), r]);
  const byQuarter: QuarterFigures[] = [...quarters.keys()].sort().map((quarter) => {
    const q = quarters.get(quarter)!;
    const a = q.filter((r) => r.responded !== undefined);
    const d = a.map((r) => daysBetween(r.received, r.responded!)).sort((x, y) => x - y);
    return { quarter, received: q.length, answered: a.length, withinOneMonth: a.filter(inMonth).length, withinLawfulLimit: a.filter(inLimit).length, medianDays: d.length ? median(d) : null };
  });
  const figures: RequestFigures = {
    rows: all.length,
    excludedNotCareExperienced: all.length - rows.length,
    requests: rows.length,
    firstReceived: received[0] ?? null,
    lastReceived: received[received.length - 1] ?? null,
    monthsCovered: answeredReceived.length ? monthsSpanned(answeredReceived[0]!, answeredReceived[answeredReceived.length - 1]!) : 0,
    asOf,
    open: open.length,
    oldestOpenDays: open.length ? Math.max(...open.map((r) => daysBetween(r.received, asOf))) : null,
    overdueOpen: open.filter((r) => asOf > lawfulDeadline(r)).length,
    answered: answered.length,
    daysToRespond: days.length ? { median: median(days), p90: nearestRank(days, 90) } : null,
    withinOneMonth: share(answered.filter(inMonth).length, answered.length),
    extended: rows.filter((r) => r.extended !== undefined).length,
    withinLawfulLimit: share(answered.filter(inLimit).length, answered.length),
    clockStartedAtIdConfirmed: rows.filter((r) => clockStart(r) !== r.received).length,
    byQuarter,
  };
  const offered = yesNo(rows, 'supportOffered');
  const taken = yesNo(rows, 'supportTaken');
  const complaints = yesNo(rows, 'complaint');
  if (offered) figures.supportOffered = offered;
  if (taken) figures.supportTaken = taken;
  if (complaints) figures.complaints = complaints;
  return figures;
}

/**
 * C5 self-check: met for 12 months or more of care-specific rows with both dates; partial otherwise.
 * `people`: who the log counts, from the pack's labels ("people who were in care").
 */
export function requestLevel(f: RequestFigures, people = NO_SELF_CHECK_WORDS.people): { level: 'met' | 'partial'; reasons: string[] } {
  const reasons: string[] = [];
  if (f.requests === 0) reasons.push(`the log has no requests from ${people} (every row is care_experienced = n, or there are no rows): it is not care-specific`);
  else if (f.answered === 0) reasons.push('no request has a responded date: the log records no outcomes');
  else if (f.monthsCovered < 12) reasons.push(`the answered requests cover ${f.monthsCovered} calendar month${f.monthsCovered === 1 ? '' : 's'}; the self-check asks for at least 12`);
  return { level: reasons.length ? 'partial' : 'met', reasons };
}

function scoreFigures(rows: EvaluationRow[], key: 'overall' | 'support' | 'timeliness'): ScoreFigures {
  const given = rows.map((r) => r[key]).filter((v): v is number => v !== undefined);
  return {
    answered: given.length,
    mean: given.length ? Math.round((100 * given.reduce((a, b) => a + b, 0)) / given.length) / 100 : null,
    high: share(given.filter((v) => v >= 4).length, given.length),
  };
}

export function evaluationFigures(rows: EvaluationRow[], requests?: RequestRow[]): EvaluationFigures {
  const dates = rows.map((r) => r.received).sort();
  const figures: EvaluationFigures = {
    replies: rows.length,
    firstReceived: dates[0] ?? null,
    lastReceived: dates[dates.length - 1] ?? null,
    overall: scoreFigures(rows, 'overall'),
    support: scoreFigures(rows, 'support'),
    timeliness: scoreFigures(rows, 'timeliness'),
    comments: rows.filter((r) => r.hasComment).length,
  };
  // The log's period: from its first date received to its last date received or responded.
  const care = (requests ?? []).filter((r) => r.careExperienced);
  if (requests && care.length) {
    const logDates = care.flatMap((r) => [r.received, ...(r.responded ? [r.responded] : [])]).sort();
    const from = logDates[0]!;
    const to = logDates[logDates.length - 1]!;
    const replies = rows.filter((r) => r.received >= from && r.received <= to).length;
    const disclosed = care.filter((r) => r.responded !== undefined && r.responded >= from && r.responded <= to).length;
    figures.perDisclosedRequest = { from, to, replies, disclosed, ratio: disclosed ? Math.round((100 * replies) / disclosed) / 100 : null };
  }
  return figures;
}
