// The batch runner: many audits, global concurrency, one site at a time per origin, each site
// in a child process of its own that is killed if it overruns (site-process.ts), each site
// written atomically, state saved after every site, the summary rendered from disk at the end.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { originOf, type Clock } from '../discover/index.js';
import { defaultDelayMs } from '../pipeline/index.js';
import { recoverDirs } from './atomic.js';
import { resultOf, type SiteRunOptions } from './audit-site.js';
import { silentProgress, type ProgressSink } from './progress.js';
import { selectSites, type Shard } from './select.js';
import { createSitePool } from './site-process.js';
import type { BatchSite } from './site-list.js';
import { readState, writeState, type BatchState, type SiteResult } from './state.js';
import { buildSummary, readSiteReport, type BatchSummary } from './summary.js';
import type { Waiver } from './waivers.js';
import type { HistoryRun } from './national/index.js';
import { writeSummaryFiles } from './write-summary.js';

export interface BatchOptions extends SiteRunOptions {
  list: string;
  sites: BatchSite[];
  concurrency: number;
  shard?: Shard;
  only?: string[];
  skip?: string[];
  /** skip sites already finished in <out> */
  resume?: boolean;
  /** like resume, and run again the sites that failed */
  retryFailed?: boolean;
  junit?: boolean;
  /** --history: earlier runs (oldest first), for the national site's change over time */
  history?: HistoryRun[];
  /** --allow-private, for each site's own HTTP client (built in its process) */
  allowPrivate?: boolean;
}

export interface BatchDeps {
  /** the gaps between sites of one origin and the summary's time (each site's audit keeps the system clock) */
  clock: Clock;
  /** Ctrl-C: stop starting sites, abort the ones running, keep what is finished */
  stop: AbortSignal;
  progress?: ProgressSink;
}

export interface BatchResult {
  summary: BatchSummary;
  stopped: boolean;
  ran: number;
  expiredWaivers: Waiver[];
  /** in-force waivers for councils of this run that matched nothing */
  unusedWaivers: Waiver[];
}

/** What a previous run left for this site, or undefined when it must run. */
function carriedOver(site: BatchSite, out: string, prior: BatchState | undefined, retryFailed: boolean): SiteResult | undefined {
  const report = readSiteReport(out, site.slug);
  if (report) {
    const r = resultOf(report);
    return r.outcome === 'failed' && retryFailed ? undefined : r;
  }
  const before = prior?.results[site.slug];
  if (before?.outcome === 'failed' && !retryFailed) return before;
  return undefined;
}

export async function runBatch(opts: BatchOptions, deps: BatchDeps): Promise<BatchResult> {
  const out = resolve(opts.out);
  await mkdir(out, { recursive: true });
  await recoverDirs(out);
  const progress = deps.progress ?? silentProgress;
  const { chosen, excluded } = selectSites(opts.sites, opts);
  const resuming = Boolean(opts.resume || opts.retryFailed);
  const prior = resuming ? readState(out) : undefined;

  const state: BatchState = {
    stateVersion: 1,
    list: resolve(opts.list),
    ...(opts.shard ? { shard: `${opts.shard.index}/${opts.shard.count}` } : {}),
    sites: [...chosen, ...excluded].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    results: {},
  };
  for (const s of excluded) state.results[s.slug] = { outcome: 'skipped', reason: 'not selected (--only/--skip)' };
  const todo: BatchSite[] = [];
  for (const s of chosen) {
    const kept = resuming ? carriedOver(s, out, prior, Boolean(opts.retryFailed)) : undefined;
    if (kept) state.results[s.slug] = kept;
    else todo.push(s);
  }
  await writeState(out, state);

  // State writes are chained so concurrent sites never interleave two renames.
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => (saving = saving.then(() => writeState(out, state)));

  const expired = new Set<Waiver>();
  const matched = new Map<Waiver, number>();
  const pending = [...todo];
  const busyOrigins = new Set<string>();
  const waiting: Array<() => void> = [];
  const wakeAll = (): void => waiting.splice(0).forEach((w) => w());
  deps.stop.addEventListener('abort', wakeAll, { once: true });
  let ran = 0;
  const pool = createSitePool(Boolean(opts.allowPrivate));
  // Only what one site needs crosses to its process (not the whole list).
  const siteOpts: SiteRunOptions = {
    out: opts.out,
    audit: opts.audit,
    siteTimeoutMs: opts.siteTimeoutMs,
    waivers: opts.waivers,
    today: opts.today,
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (deps.stop.aborted || pending.length === 0) return;
      // Politeness across sites: never two audits of one origin at once.
      const i = pending.findIndex((s) => !busyOrigins.has(originOf(s.url)));
      if (i < 0) {
        await new Promise<void>((r) => waiting.push(r));
        continue;
      }
      const site = pending.splice(i, 1)[0]!;
      const origin = originOf(site.url);
      busyOrigins.add(origin);
      progress.siteStarted(site);
      try {
        const run = await pool.run(site, siteOpts, deps.stop);
        run.waivers.expired.forEach((w) => expired.add(w));
        for (const u of run.waivers.used) matched.set(u.waiver, (matched.get(u.waiver) ?? 0) + u.matched);
        if (run.result) {
          state.results[site.slug] = run.result;
          ran++;
          await save();
        }
        progress.siteDone(site, run.result);
      } finally {
        const gap = opts.audit.delayMs ?? defaultDelayMs(site.url);
        if (gap > 0 && !deps.stop.aborted) await deps.clock.sleep(gap);
        busyOrigins.delete(origin);
        wakeAll();
      }
    }
  };

  progress.start(todo.length);
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, todo.length)) }, () => worker()));
  } finally {
    pool.close();
  }
  await saving;
  progress.finish();
  deps.stop.removeEventListener('abort', wakeAll);

  const summary = buildSummary(
    state.sites.map((site) => ({ site, dir: out, ...(state.results[site.slug] ? { result: state.results[site.slug] } : {}) })),
    deps.clock.now().toISOString(),
  );
  await writeSummaryFiles(out, summary, { junit: opts.junit, pack: opts.audit.rules[0], history: opts.history });
  const unusedWaivers = [...matched].filter(([, n]) => n === 0).map(([w]) => w);
  return { summary, stopped: deps.stop.aborted, ran, expiredWaivers: [...expired], unusedWaivers };
}
