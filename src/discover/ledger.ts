import type { Problem, SourceCounts, SourceEntry } from '../core/index.js';

/**
 * The sources ledger: one row per discovered URL, each written once with its final outcome.
 * Writing a second row for the same URL is a programmer error, so it throws.
 */
export class Ledger {
  private rows = new Map<string, SourceEntry>();
  readonly problems: Problem[] = [];

  has(url: string): boolean {
    return this.rows.has(url);
  }

  record(entry: SourceEntry): void {
    if (this.rows.has(entry.url)) throw new Error(`ledger already has a row for ${entry.url}`);
    this.rows.set(entry.url, entry);
  }

  skip(url: string, reason: string, extra: Partial<SourceEntry> = {}): void {
    this.record({ url, outcome: 'skipped', reason, ...extra });
  }

  fail(url: string, reason: string, extra: Partial<SourceEntry> = {}): void {
    this.record({ url, outcome: 'failed', reason, ...extra });
  }

  problem(problem: Problem): void {
    this.problems.push(problem);
  }

  /** Rows sorted by URL so the report is stable from run to run. */
  sorted(): SourceEntry[] {
    return [...this.rows.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  }
}

/** discovered = assessed + failed + skipped, by construction: every row has exactly one outcome. */
export function countSources(sources: readonly SourceEntry[]): SourceCounts {
  const counts: SourceCounts = { discovered: sources.length, assessed: 0, failed: 0, skipped: 0 };
  for (const row of sources) counts[row.outcome]++;
  return counts;
}
