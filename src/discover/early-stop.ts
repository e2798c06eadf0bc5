// The early-stopping rule of the focused crawl: stop before the page budget is spent when reading
// more pages has stopped paying off.
//
// "Nothing more to be found" means, here, all of:
//  0. Something was found: a crawl that has found no evidence at all spends its budget (its
//     negatives are the ones that most need every page; the budget rule then says what was left).
//  1. Quiet: the last `patience` pages fetched changed nothing the audit would report: no verdict
//     moved and no criterion gained or lost a piece of quoted evidence (the pipeline evaluates each
//     page as it is read, with the same rules as the report).
//  2. No better lead waits: either every criterion is already met (nothing can improve: then 0, 1
//     suffice), or no
//     link still waiting in the frontier scores above the links those quiet pages were fetched
//     at. The crawl is best-first, so the quiet pages were the best leads it had; a waiting link
//     scoring no better than them is, by the crawl's own measure, no more likely to hold evidence.
//     A link scoring clearly more (held back only by its section's discount, or found late)
//     keeps the crawl going. "The quiet pages' level" is the median score of the quiet window,
//     not its best, so one decoy page with a high score cannot license a stop.
//  3. Nothing beside evidence waits: links from a page that held evidence into its own corner of
//     the site (near-evidence.ts) are read before any stop, whatever their words.
// An early stop is not a budget run-out: nothing promising was left behind by this measure, so no
// verdict is made uncertain by it; the report says how many pages were read and how many of the
// last ones added nothing.
import type { EarlyStop, EvidenceSignal } from './crawl-types.js';

/** A waiting link must beat the quiet pages' median score by this much to keep the crawl going. */
export const STOP_MARGIN = 1;

export class EarlyStopRule {
  private quiet = 0;
  /** link scores of the quiet pages, in fetch order */
  private quietScores: number[] = [];
  private fetched = 0;
  /** some page has held evidence (matched a verdict rule) */
  private found = false;

  constructor(private readonly patience: number) {}

  /** One page fetched (read or not), at the link score it was queued with, and what it added. */
  observe(score: number, signal: EvidenceSignal | undefined): void {
    this.fetched++;
    this.found ||= signal?.matched === true;
    if (signal?.changed) {
      this.quiet = 0;
      this.quietScores = [];
      return;
    }
    this.quiet++;
    if (Number.isFinite(score)) this.quietScores.push(score);
    if (this.quietScores.length > this.patience) this.quietScores.shift();
  }

  /** The level the quiet pages were fetched at: the median of their link scores. */
  quietLevel(): number {
    const sorted = [...this.quietScores].sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NEGATIVE_INFINITY;
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }

  /**
   * Whether to stop now, given the best score still waiting in the frontier, whether every
   * criterion is met already, and how many links beside evidence (near-evidence.ts) still wait.
   * Returns the stop to report, or undefined to go on.
   */
  check(state: { bestWaiting: number; settled: boolean; nearEvidenceWaiting: number }): EarlyStop | undefined {
    if (this.patience <= 0 || this.quiet < this.patience || !this.found) return undefined;
    if (state.settled) return this.stop();
    if (state.nearEvidenceWaiting > 0 || state.bestWaiting > this.quietLevel() + STOP_MARGIN) return undefined;
    return this.stop();
  }

  private stop(): EarlyStop {
    return { pagesFetched: this.fetched, quietPages: this.quiet, patience: this.patience };
  }
}
