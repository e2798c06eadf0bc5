export { evaluatePack, inScope, compareDocuments } from './evaluate.js';
export type { RuleOutcome, DocumentMatch } from './evaluate.js';
