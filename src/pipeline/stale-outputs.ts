// Re-running into a folder must not leave an old report.md or junit.xml beside a new report.json.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { holdsOurReport } from '../discover/index.js';
import { FORMATS, fileNameFor, type Format } from '../report/index.js';

/**
 * Removes the report files of formats this run does not write, from a folder that already holds a
 * report.json of ours (never from a folder we did not write: a council's own report.md stays).
 * Returns what was removed.
 */
export async function removeStaleOutputs(outDir: string, formats: Format[]): Promise<string[]> {
  if (!holdsOurReport(outDir)) return [];
  const writing = new Set<Format>(['json', ...formats]);
  const removed: string[] = [];
  for (const format of FORMATS) {
    if (writing.has(format)) continue;
    const path = join(outDir, fileNameFor(format));
    if (!existsSync(path)) continue;
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}
