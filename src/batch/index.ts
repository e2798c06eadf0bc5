// Batch audits: list loading, selection and shards, the crash-safe runner, summaries, merge, diff, waivers.
export { loadSiteList } from './load-list.js';
export type { BatchSite } from './site-list.js';
export { checkSelectors, parseShard, selectSites, shardOfSlug } from './select.js';
export type { Shard } from './select.js';
export { runBatch } from './run-batch.js';
export type { BatchOptions, BatchDeps, BatchResult } from './run-batch.js';
export { streamProgress, silentProgress, progressLine } from './progress.js';
export type { ProgressSink } from './progress.js';
export { mergeBatches } from './merge.js';
export { buildSummary } from './summary.js';
export type { BatchSummary, SummarySite } from './summary.js';
export { diffPaths, diffReports, diffFails } from './diff.js';
export type { DiffResult, FailOn } from './diff.js';
export { renderDiffTerminal, renderDiffMarkdown, renderDiffJson } from './diff-render.js';
export { loadWaivers, applyWaivers, checkWaiverTargets } from './waivers.js';
export type { Waiver } from './waivers.js';
export { parseCsv, type CsvRow } from './csv-parse.js';
