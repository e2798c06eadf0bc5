export { evaluatePack, inScope, documentOrder, packDocumentOrder } from './evaluate.js';
export type { RuleOutcome, DocumentMatch, AuditSubject } from './evaluate.js';
