import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, type Nation } from '../core/index.js';
import { createIsolatedExtractor, type IsolationLimits } from '../extract/index.js';
import type { Format } from '../report/index.js';
import { analyseCrawl } from './analyse.js';
import { crawlBodies, loadCrawlRecord } from './crawl-store.js';
import { keepScreenshots } from './evidence-screenshots.js';
import { bundledBodyList } from '../nation/index.js';
import { loadPacks, writeReports, type AuditOutcome } from './run-audit.js';

/**
 * Re-evaluate a saved crawl offline with the current (or other) rules. Saved documents are parsed
 * in the same isolated worker as an audit's (memory and time limits), never on this thread.
 */
export async function rescore(dir: string, opts: { rules: string[]; formats: Format[]; now: Date; nation?: Nation; isolation?: IsolationLimits }): Promise<AuditOutcome> {
  const outDir = resolve(dir);
  if (!existsSync(join(outDir, 'crawl', 'crawl.json'))) {
    throw new UsageError(`not an audit folder: ${dir} has no crawl/crawl.json`, 'give the --out folder of an earlier `atr-audit audit`');
  }
  const packs = loadPacks(opts.rules);
  const saved = await loadCrawlRecord(outDir);
  // --nation: judge the saved crawl by this nation's law, as `audit --nation` would (the saved crawl.json is not changed)
  const record = opts.nation ? { ...saved, organisation: { ...saved.organisation, nation: opts.nation }, nationFrom: 'option' as const } : saved;
  const extract = createIsolatedExtractor(opts.isolation);
  let report: AuditOutcome['report'];
  try {
    report = await analyseCrawl(record, { packs, bodies: crawlBodies(outDir), extract, finishedAt: opts.now.toISOString(), bodyList: bundledBodyList() });
  } finally {
    await extract.close();
  }
  await keepScreenshots(report, outDir); // offline: only screenshots whose quote and page are unchanged
  const labels = packs[0]!.def.labels;
  const written = await writeReports(report, outDir, opts.formats, labels);
  return { report, outDir, written, labels };
}
