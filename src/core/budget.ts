import type { CrawlBudget } from './types.js';

/** A --max-pages value that would have reached every promising link, rounded up to a round number. */
export function suggestedMaxPages(budget: Pick<CrawlBudget, 'maxPages' | 'promising'>): number {
  const needed = budget.maxPages + budget.promising;
  const step = needed <= 50 ? 10 : needed <= 500 ? 50 : 500;
  return Math.ceil(needed / step) * step;
}
