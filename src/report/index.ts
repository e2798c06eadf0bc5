// The report stage: pure renderers from an AuditReport to a string. No clock, disk or network.
export { renderJson, toContractOrder } from './json.js';
export { renderMarkdown } from './markdown.js';
export { DEFAULT_LABELS, type ReportLabels } from './labels.js';
export { renderCsv, CSV_HEADER } from './csv.js';
export { renderJunit, junitOutcome, junitCounts } from './junit.js';
export type { JunitOutcome } from './junit.js';
export { csvCell, escapeHtml, escapeXml, escapeMarkdown, markdownAutolink, markdownLink, markdownCode } from './escape.js';
export { FORMATS, fileNameFor, isFormat } from './formats.js';
export type { Format } from './formats.js';
export { STATUS_WORD, STATUS_SYMBOL, STATUS_ASCII, STATUS_ORDER, reportAdvisories } from './status.js';
export { renderTerminalSummary } from './terminal.js';
export type { TerminalOptions } from './terminal.js';
export { renderHtml, evidenceHref } from './html.js';
export { renderDemoIndex, expectationMismatches } from './demo-index.js';
export type { DemoSite } from './demo-index.js';
