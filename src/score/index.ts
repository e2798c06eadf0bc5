export { scorePack, summarise } from './score.js';
export type { ScoreContext } from './score.js';
export { findingId } from './findings.js';
export { applyCrawlBudget, crawlBudgetOf, PROMISING_SCORE } from './budget.js';
