// `atr-audit batch <list>`: options -> runBatch, progress on stderr, Ctrl-C stops cleanly.
import { ExitCode, UsageError } from '../core/index.js';
import { checkSelectors, checkWaiverTargets, loadHistory, loadSiteList, loadWaivers, parseShard, runBatch, streamProgress, silentProgress, type BatchResult, type BatchSummary } from '../batch/index.js';
import { shownPath, systemClock, type CliIo } from './io.js';
import { auditOptionsFromFlags, type AuditFlags } from './options.js';
import { batchExitReasons } from '../batch/exit-reasons.js';
import { unreadableLines } from '../batch/unreadable-note.js';
import type { BatchSite } from '../batch/site-list.js';
import type { WaiverTargets } from '../batch/waivers.js';
import { loadPack } from '../rules/index.js';

export interface BatchCliOptions extends AuditFlags {
  /** --json: print summary.json on stdout */
  json?: boolean;
  /** --allow-private: private and loopback addresses may be reached */
  allowPrivate?: boolean;
  out: string;
  concurrency: number;
  siteTimeout: number;
  only?: string[];
  skip?: string[];
  shard?: string;
  resume?: boolean;
  retryFailed?: boolean;
  waivers?: string;
  failUnder?: number;
  quiet?: boolean;
  /** --history: earlier runs' --out folders, for the national site's change over time */
  history?: string[];
}

/** What a waiver may name: the list's councils, and the criteria and rules of the packs in use. */
function waiverTargets(sites: BatchSite[], rules: string[]): WaiverTargets {
  const packs = rules.map((r) => loadPack(r));
  return {
    councils: sites.flatMap((s) => [...(s.code ? [s.code] : []), s.slug]),
    criteria: packs.flatMap((p) => p.def.criteria.map((c) => c.id)),
    rules: packs.flatMap((p) => p.rules.map((r) => r.qualifiedId)),
  };
}

/** Prints why the exit code is not 0 (on stderr, even with --quiet) and returns it. */
export function finishBatch(summary: BatchSummary, failUnder: number | undefined, io: CliIo): ExitCode {
  const reasons = batchExitReasons(summary, failUnder);
  if (reasons.length) io.stderr(`${reasons.join('\n')}\n`);
  return batchExitCode(summary, failUnder);
}

export function batchExitCode(summary: BatchSummary, failUnder: number | undefined): ExitCode {
  if (summary.sites.some((s) => s.outcome === 'failed')) return ExitCode.Unreachable;
  if (failUnder !== undefined && summary.sites.some((s) => s.outcome === 'audited' && (s.score === null || s.score < failUnder))) return ExitCode.ThresholdFailed;
  return ExitCode.Ok;
}

function resumeCommand(list: string, opts: BatchCliOptions): string {
  const parts = ['atr-audit batch', list, '--out', shownPath(opts.out), '--resume'];
  if (opts.shard) parts.push('--shard', opts.shard);
  if (opts.only?.length) parts.push('--only', opts.only.join(','));
  if (opts.skip?.length) parts.push('--skip', opts.skip.join(','));
  if (opts.waivers) parts.push('--waivers', opts.waivers);
  return parts.join(' ');
}

function report(result: BatchResult, list: string, opts: BatchCliOptions, io: CliIo): void {
  const { summary } = result;
  for (const w of result.expiredWaivers) io.stderr(`warning: waiver for ${w.council} ${w.criterion ?? w.rule} expired on ${w.expires} and was not applied (${w.reason})\n`);
  for (const w of result.unusedWaivers) io.stderr(`warning: waiver for ${w.council} ${w.criterion ?? w.rule} matched nothing\n`);
  if (opts.quiet) return;
  const c = summary.counts;
  io.stderr(`${c.sites} sites: ${c.audited} audited, ${c.failed} failed, ${c.skipped} skipped. Summary: ${shownPath(opts.out)}/index.html, national site: ${shownPath(opts.out)}/national_site/index.html\n`);
  if (c.uncertain > 0) io.stderr(`${c.uncertain} audited site${c.uncertain === 1 ? ' ran' : 's ran'} out of crawl budget with promising links unvisited: some not-met verdicts there are not certain (raise --max-pages).\n`);
  for (const line of unreadableLines(summary)) io.stderr(`${line}\n`);
  if (result.stopped) io.stderr(`Stopped. Finished sites are kept. Resume with:\n  ${resumeCommand(list, opts)}\n`);
}

export async function batchCommand(list: string, opts: BatchCliOptions, io: CliIo): Promise<ExitCode> {
  const sites = loadSiteList(list, opts.orgType);
  const shard = opts.shard ? parseShard(opts.shard) : undefined;
  checkSelectors(sites, opts); // before anything is written: a typo in --only is exit 2, not an empty run
  const waivers = opts.waivers ? loadWaivers(opts.waivers) : [];
  const history = loadHistory(opts.history ?? [], opts.out); // a bad folder is exit 2 before the run
  if (opts.waivers && waivers.length > 0) checkWaiverTargets(waivers, opts.waivers, waiverTargets(sites, opts.rules));
  if (opts.resume && opts.retryFailed) throw new UsageError('use --resume or --retry-failed, not both', '--retry-failed also resumes');
  const stop = new AbortController();
  const onSigint = (): void => {
    if (!opts.quiet) io.stderr('\nStopping: letting running sites wind down (Ctrl-C again to quit at once)...\n');
    stop.abort();
    process.once('SIGINT', () => process.exit(ExitCode.Interrupted));
  };
  process.once('SIGINT', onSigint);
  const progress = opts.quiet ? silentProgress : streamProgress(io.stderr, { tty: io.isTTY, columns: io.columns, now: () => Date.now() });
  try {
    const result = await runBatch(
      {
        list,
        sites,
        out: opts.out,
        audit: auditOptionsFromFlags(opts),
        siteTimeoutMs: opts.siteTimeout * 1000,
        concurrency: opts.concurrency,
        shard,
        only: opts.only,
        skip: opts.skip,
        resume: opts.resume,
        retryFailed: opts.retryFailed,
        waivers,
        today: new Date().toISOString().slice(0, 10),
        junit: opts.format.includes('junit'),
        allowPrivate: Boolean(opts.allowPrivate),
        history,
      },
      { clock: systemClock, stop: stop.signal, progress },
    );
    if (opts.json) io.stdout(`${JSON.stringify(result.summary, null, 2)}\n`);
    report(result, list, opts, io);
    if (result.stopped) return ExitCode.Interrupted;
    return finishBatch(result.summary, opts.failUnder, io);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
