// Writes <out>/national_site/: reads each audited site's report once (digest.ts), renders the pages
// (site.ts), replaces the folder a previous run into the same --out left.
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../pipeline/index.js';
import type { ReportLabels } from '../../report/index.js';
import type { BatchSummary } from '../summary.js';
import { loadDigest, type CouncilDigest } from './digest.js';
import type { HistoryRun } from './history.js';
import { renderNationalSite } from './site.js';

/** Not a possible site slug (slugs are a-z, 0-9 and "-"), so it never meets a council's folder. */
export const NATIONAL_DIR = 'national_site';

export async function writeNationalSite(out: string, summary: BatchSummary, history: HistoryRun[], labels: ReportLabels): Promise<string> {
  const digests = new Map<string, CouncilDigest>();
  for (const site of summary.sites) {
    const d = loadDigest(out, site, history);
    if (d) digests.set(site.slug, d);
  }
  const dir = join(out, NATIONAL_DIR);
  await rm(dir, { recursive: true, force: true });
  for (const p of renderNationalSite(summary, digests, history, labels)) {
    const path = join(dir, p.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, p.html);
  }
  return join(dir, 'index.html');
}
