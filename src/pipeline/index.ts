export { runAudit, writeReports, checkTargets, organisationFor, loadPacks, isUrlTarget, defaultDelayMs } from './run-audit.js';
export { AUDIT_DEFAULTS, auditOptions, withOverrides, type AuditOptions, type SiteOverrides } from './audit-options.js';
export type { AuditConfig, AuditTarget, AuditDeps, AuditOutcome } from './run-audit.js';
export { rescore } from './rescore.js';
export { analyseCrawl } from './analyse.js';
export { loadCrawlRecord, saveCrawlRecord, writeFileAtomic } from './crawl-store.js';
