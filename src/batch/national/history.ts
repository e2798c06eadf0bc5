// Earlier runs of a batch (`--history <dirs>`): their summary.json, oldest first. Pure functions
// turn them and the current summary into scores over time and moves per criterion.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, type Status } from '../../core/index.js';
import { isRegression } from '../diff.js';
import type { BatchSummary } from '../summary.js';

export interface HistoryRun {
  /** the run's --out folder: <dir>/<slug>/report.json for what changed */
  dir: string;
  summary: BatchSummary;
}

/** Reads each folder's summary.json; exit 2 for a folder that is not a batch output, or is --out itself. */
export function loadHistory(dirs: string[], out: string): HistoryRun[] {
  const runs = dirs.map((d) => {
    const dir = resolve(d);
    if (dir === resolve(out)) throw new UsageError(`--history ${d} is the --out folder of this run`, 'give the output folders of earlier runs (one folder per run, e.g. reports/2026-10)');
    const path = join(dir, 'summary.json');
    if (!existsSync(path)) throw new UsageError(`--history ${d}: no summary.json there`, 'give the --out folders of earlier `atr-audit batch` or `merge` runs');
    let summary: BatchSummary;
    try {
      summary = JSON.parse(readFileSync(path, 'utf8')) as BatchSummary;
    } catch (e) {
      throw new UsageError(`--history ${d}: summary.json cannot be read (${(e as Error).message})`);
    }
    if (summary.schemaVersion !== 1 || !Array.isArray(summary.sites) || typeof summary.generatedAt !== 'string') throw new UsageError(`--history ${d}: summary.json is not an atr-audit batch summary (schemaVersion 1)`);
    return { dir, summary };
  });
  return runs.sort((a, b) => (a.summary.generatedAt < b.summary.generatedAt ? -1 : a.summary.generatedAt > b.summary.generatedAt ? 1 : 0));
}

export interface ScorePoint {
  /** YYYY-MM-DD of the run */
  date: string;
  score: number | null;
}

/**
 * How a run is named on the pages: its date, with the time (UTC) when another run of `runs` fell on
 * the same day (two runs of one day would otherwise look like one).
 */
export function runName(generatedAt: string, runs: BatchSummary[]): string {
  const day = generatedAt.slice(0, 10);
  return runs.filter((r) => r.generatedAt.slice(0, 10) === day).length > 1 ? `${day} ${generatedAt.slice(11, 16)} UTC` : day;
}

/** Every run, oldest first, ending with the current one. */
export const allRuns = (history: HistoryRun[], current: BatchSummary): BatchSummary[] => [...history.map((h) => h.summary), current];

/** One council's score in each run it was audited in, oldest first, ending with the current run. */
export function scoresOverTime(slug: string, history: HistoryRun[], current: BatchSummary): ScorePoint[] {
  const points: ScorePoint[] = [];
  const runs = allRuns(history, current);
  for (const s of runs) {
    const site = s.sites.find((x) => x.slug === slug);
    if (site?.outcome === 'audited') points.push({ date: runName(s.generatedAt, runs), score: site.score });
  }
  return points;
}

/** The run before this one that audited the council, if any. */
export function previousRun(slug: string, history: HistoryRun[]): HistoryRun | undefined {
  return [...history].reverse().find((h) => h.summary.sites.some((x) => x.slug === slug && x.outcome === 'audited'));
}

/** "+5", "-3", "no change", "new" (first audited this run); '' when not audited now. */
export function scoreChangeText(slug: string, history: HistoryRun[], current: BatchSummary): string {
  const now = current.sites.find((x) => x.slug === slug);
  if (now?.outcome !== 'audited' || now.score === null) return '';
  const before = previousRun(slug, history)?.summary.sites.find((x) => x.slug === slug)?.score;
  if (before === undefined || before === null) return history.length ? 'new' : '';
  const d = now.score - before;
  return d === 0 ? 'no change' : d > 0 ? `+${d}` : String(d);
}

export interface CriterionMoves {
  id: string;
  /** councils whose status rose (not met -> partial, partial -> met ...) since the previous run */
  improved: string[];
  /** councils whose status fell */
  worse: string[];
  /** other changes (to or from not applicable, error <-> not met) */
  changed: string[];
}

const RANKED: Partial<Record<Status, number>> = { met: 3, partial: 2, needs_evidence: 1, not_met: 0, error: 0 };

/** Per criterion of the current run: which councils moved since the previous run (the last of history). */
export function criterionMoves(previous: BatchSummary | undefined, current: BatchSummary): CriterionMoves[] {
  return current.criteriaList.map(({ id }) => {
    const moves: CriterionMoves = { id, improved: [], worse: [], changed: [] };
    if (!previous) return moves;
    for (const site of current.sites) {
      const to = site.criteria[id];
      const from = previous.sites.find((x) => x.slug === site.slug)?.criteria[id];
      if (!to || !from || to === from) continue;
      if (isRegression(from, to)) moves.worse.push(site.slug);
      else if (RANKED[from] !== undefined && RANKED[to] !== undefined && RANKED[to]! > RANKED[from]!) moves.improved.push(site.slug);
      else moves.changed.push(site.slug);
    }
    return moves;
  });
}
