import { join } from 'node:path';
import { writeFileAtomic } from '../pipeline/index.js';
import { renderBatchJunit } from './batch-junit.js';
import type { BatchSummary } from './summary.js';
import { renderSummaryCsv } from './summary-csv.js';
import { renderSummaryHtml } from './summary-html.js';

/** Writes summary.json, summary.csv, index.html (and junit.xml when asked) into out; returns the paths. */
export async function writeSummaryFiles(out: string, summary: BatchSummary, opts: { junit?: boolean } = {}): Promise<string[]> {
  const files: Array<[string, string]> = [
    ['summary.json', `${JSON.stringify(summary, null, 2)}\n`],
    ['summary.csv', renderSummaryCsv(summary)],
    ['index.html', renderSummaryHtml(summary)],
  ];
  if (opts.junit) files.push(['junit.xml', renderBatchJunit(summary)]);
  const written: string[] = [];
  for (const [name, text] of files) {
    await writeFileAtomic(join(out, name), text);
    written.push(join(out, name));
  }
  return written;
}
