// merge: shard outputs -> one folder with the same summary an unsharded run would write. Site
// folders are copied into the merged folder so the summary's links resolve.
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { confineName, PathEscapeError, UsageError } from '../core/index.js';
import { readState, writeState, type BatchState, type SiteResult } from './state.js';
import { buildSummary, type BatchSummary, type SummaryEntry } from './summary.js';
import { writeSummaryFiles } from './write-summary.js';
import { checkShardSet, type ShardFolder } from './shard-set.js';
import type { HistoryRun } from './national/index.js';

const RANK: Record<string, number> = { audited: 3, failed: 2, skipped: 1 };

// What a batch ever writes as a slug (slugify): a shard's state file is data, so anything else is refused.
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Before anything is deleted or copied: every slug is one plain name inside both folders. */
function checkSlug(dir: string, slug: string, out: string): void {
  const where = `${join(dir, '.state.json')}: site slug`;
  try {
    confineName(dir, slug, where);
    confineName(out, slug, where);
  } catch (e) {
    if (e instanceof PathEscapeError) throw new UsageError(`${e.message}; nothing was merged`, 'a slug is lowercase a-z, 0-9 and "-"; was the state file edited by hand?');
    throw e;
  }
  if (!SLUG.test(slug)) throw new UsageError(`${where} ${JSON.stringify(slug)} is not a slug (lowercase a-z, 0-9 and "-"): it must name one folder inside ${dir} and ${out}; nothing was merged`);
}

export async function mergeBatches(dirs: string[], outDir: string, opts: { now: Date; junit?: boolean; history?: HistoryRun[] }): Promise<BatchSummary> {
  const out = resolve(outDir);
  const bySlug = new Map<string, SummaryEntry & { rank: number }>();
  let list = '';
  const folders: ShardFolder[] = dirs.map((x) => resolve(x)).map((d) => {
    const state = readState(d);
    if (!state) throw new UsageError(`${d} is not a batch output folder (no .state.json)`, 'give the --out folders of `atr-audit batch` runs');
    return { dir: d, state };
  });
  checkShardSet(folders); // before anything is copied or written
  for (const { dir: d, state } of folders) {
    list ||= state.list;
    for (const site of state.sites) checkSlug(d, site.slug, out);
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
    const from = confineName(e.dir, e.site.slug, 'site folder');
    if (e.dir !== out && existsSync(join(from, 'report.json'))) {
      const to = confineName(out, e.site.slug, 'site folder');
      await rm(to, { recursive: true, force: true });
      await cp(from, to, { recursive: true });
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
  await writeSummaryFiles(out, summary, { junit: opts.junit, history: opts.history });
  return summary;
}
