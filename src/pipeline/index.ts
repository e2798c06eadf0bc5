export { runAudit, writeReports, checkTargets, organisationFor, loadPacks, isUrlTarget, defaultDelayMs } from './run-audit.js';
export type { AuditConfig, AuditDeps, AuditOutcome } from './run-audit.js';
export { rescore } from './rescore.js';
export { analyseCrawl } from './analyse.js';
export { loadCrawlRecord, saveCrawlRecord, writeFileAtomic } from './crawl-store.js';
