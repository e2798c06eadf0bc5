// The application evidence pack (`atr-audit pack`): a council's self-check as HTML and Word.
export { buildPackModel, openAsks, type PackModel, type PackCriterion } from './model.js';
export { renderPackHtml } from './html.js';
export { renderPackDocx } from './docx.js';
export { withFixedZipDates } from './zip-dates.js';
export { readAuditReport, packDefFor } from './read-report.js';
export { writeEvidencePack, PACK_FORMATS, PACK_FILE_NAMES, type PackFormat, type PackOptions } from './write.js';
