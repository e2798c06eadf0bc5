// merge: shard outputs -> one folder with the same summary an unsharded run would write. Site
// folders are copied into the merged folder so the summary's links resolve.
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/index.js';
import { readState, writeState, type BatchState, type SiteResult } from './state.js';
import { buildSummary, type BatchSummary, type SummaryEntry } from './summary.js';
import { writeSummaryFiles } from './write-summary.js';

const RANK: Record<string, number> = { audited: 3, failed: 2, skipped: 1 };

export async function mergeBatches(dirs: string[], outDir: string, opts: { now: Date; junit?: boolean }): Promise<BatchSummary> {
  const out = resolve(outDir);
  const bySlug = new Map<string, SummaryEntry & { rank: number }>();
  let list = '';
  for (const d of dirs.map((x) => resolve(x))) {
    const state = readState(d);
    if (!state) throw new UsageError(`${d} is not a batch output folder (no .state.json)`, 'give the --out folders of `atr-audit batch` runs');
    list ||= state.list;
    for (const site of state.sites) {
      const result: SiteResult | undefined = existsSync(join(d, site.slug, 'report.json')) ? { outcome: 'audited' } : state.results[site.slug];
      const rank = RANK[result?.outcome ?? ''] ?? 0;
      const have = bySlug.get(site.slug);
      if (!have || rank > have.rank) bySlug.set(site.slug, { site, dir: d, rank, ...(state.results[site.slug] ? { result: state.results[site.slug] } : {}) });
    }
  }
  await mkdir(out, { recursive: true });
  const entries: SummaryEntry[] = [];
  for (const e of bySlug.values()) {
    const from = join(e.dir, e.site.slug);
    if (e.dir !== out && existsSync(join(from, 'report.json'))) {
      await rm(join(out, e.site.slug), { recursive: true, force: true });
      await cp(from, join(out, e.site.slug), { recursive: true });
    }
    entries.push({ site: e.site, dir: existsSync(join(out, e.site.slug, 'report.json')) ? out : e.dir, ...(e.result ? { result: e.result } : {}) });
  }
  const state: BatchState = {
    stateVersion: 1,
    list,
    sites: entries.map((e) => e.site).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    results: Object.fromEntries(entries.filter((e) => e.result).map((e) => [e.site.slug, e.result!])),
  };
  await writeState(out, state);
  const summary = buildSummary(entries, opts.now.toISOString());
  await writeSummaryFiles(out, summary, { junit: opts.junit });
  return summary;
}
