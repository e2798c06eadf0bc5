export { evaluatePack, inScope, compareDocuments } from './evaluate.js';
export type { RuleOutcome, DocumentMatch, AuditSubject } from './evaluate.js';
