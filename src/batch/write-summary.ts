import { join } from 'node:path';
import { writeFileAtomic } from '../pipeline/index.js';
import { DEFAULT_LABELS, type ReportLabels } from '../report/index.js';
import { loadPack } from '../rules/index.js';
import { renderBatchJunit } from './batch-junit.js';
import { writeNationalSite, type HistoryRun } from './national/index.js';
import type { BatchSummary } from './summary.js';
import { renderSummaryCsv } from './summary-csv.js';
import { renderSummaryHtml } from './summary-html.js';

/** The words of the pack the reports were judged by (merge knows only its id); the neutral ones when it cannot be loaded. */
function labelsOf(pack: string | undefined): ReportLabels {
  if (!pack) return DEFAULT_LABELS;
  try {
    return loadPack(pack).def.labels;
  } catch {
    return DEFAULT_LABELS;
  }
}

/**
 * Writes summary.json, summary.csv, index.html (and junit.xml when asked) into out, and the
 * national site into out/national_site/ (with change over time from `history`); returns the paths.
 */
export async function writeSummaryFiles(out: string, summary: BatchSummary, opts: { junit?: boolean; pack?: string; history?: HistoryRun[] } = {}): Promise<string[]> {
  const labels = labelsOf(opts.pack ?? summary.ruleset?.id);
  const files: Array<[string, string]> = [
    ['summary.json', `${JSON.stringify(summary, null, 2)}\n`],
    ['summary.csv', renderSummaryCsv(summary)],
    ['index.html', renderSummaryHtml(summary, labels)],
  ];
  if (opts.junit) files.push(['junit.xml', renderBatchJunit(summary)]);
  const written: string[] = [];
  for (const [name, text] of files) {
    await writeFileAtomic(join(out, name), text);
    written.push(join(out, name));
  }
  written.push(await writeNationalSite(out, summary, opts.history ?? [], labels));
  return written;
}
