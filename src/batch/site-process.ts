// The sites of a batch run in child processes (site-child.ts) that the batch can kill. A child
// audits one site at a time and is reused for the next (loading the program and the rule pack
// costs seconds), up to RECYCLE_AFTER sites. The child keeps its own soft time limit
// (audit-site.ts aborts the crawl at --site-timeout); this side is the hard one: a child that has
// not answered KILL_AFTER_MS later is killed with SIGKILL, however it is stuck, its temp folder
// is removed and the site is recorded as failed (`site-timeout`). A child that dies (out of
// memory, a native crash) is recorded as failed (`site-crashed`). Either way a fresh child takes
// the next site.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpDirFor } from './atomic.js';
import type { SiteRun, SiteRunOptions } from './audit-site.js';
import type { BatchSite } from './site-list.js';
import { timeoutResult, type SiteResult } from './state.js';

/** What a child is sent for one site: everything it needs, all plain data. */
export interface ChildJob {
  site: BatchSite;
  opts: SiteRunOptions;
  allowPrivate: boolean;
}

/** What the child says: it has started the site, then its answer. */
export type ChildMessage = { type: 'started' } | ({ type: 'done' } & ChildReply);

/** The child's answer; waivers by their index in opts.waivers (objects do not cross processes). */
export interface ChildReply {
  result?: SiteResult;
  waiversUsed: Array<{ index: number; matched: number }>;
  waiversExpired: number[];
}

export interface SitePool {
  /** audits one site in a child; `stop` (Ctrl-C) asks the child to wind down, then kills it */
  run(site: BatchSite, opts: SiteRunOptions, stop: AbortSignal): Promise<SiteRun>;
  /** ends the idle children */
  close(): void;
}

/** The hard limit is the soft one plus this: the child's own cut-off (2 s grace) comes first when it can. */
const KILL_AFTER_MS = 5_000;
/** A new child loads the program before it can start (seconds on a busy machine): not counted in the site's time. */
const START_ALLOWANCE_MS = 60_000;
/** The child's V8 heap: one site may not take the machine (its parsers have their own, smaller, limit). */
const CHILD_HEAP_MB = 2_048;
/** A child is replaced after this many sites, so nothing one site left behind grows for a whole batch. */
const RECYCLE_AFTER = 25;
/** The end of the child's stderr kept for a crash reason. */
const STDERR_TAIL = 4_000;

/** The built child beside this file; under vitest (src/*.ts) the built copy in dist/ (npm test builds first). */
function childFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? here.replace(/([\\/])src([\\/])batch([\\/])site-process\.ts$/, '$1dist$2batch$3site-child.js') : here.replace(/site-process\.js$/, 'site-child.js');
  if (!existsSync(file)) throw new Error(`batch site process not built: ${file} (run npm run build)`);
  return file;
}

/** The line of a dying process's stderr that says why (an error or V8's fatal message), not a stack frame. */
function causeLine(text: string): string {
  const line = text.split('\n').find((l) => /error|fatal|out of memory/i.test(l) && !/^\s+at /.test(l));
  return line?.trim().slice(0, 300) ?? '';
}

interface Child {
  process: ChildProcess;
  sites: number;
  stderr: string;
}

function startChild(): Child {
  const proc = fork(childFile(), [], {
    execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const child: Child = { process: proc, sites: 0, stderr: '' };
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => (child.stderr = (child.stderr + chunk).slice(-STDERR_TAIL)));
  return child;
}

const alive = (c: Child): boolean => c.process.exitCode === null && c.process.signalCode === null && c.process.connected;

export function createSitePool(allowPrivate: boolean): SitePool {
  const idle: Child[] = [];

  const run = async (site: BatchSite, opts: SiteRunOptions, stop: AbortSignal): Promise<SiteRun> => {
    let child = idle.pop();
    while (child && !alive(child)) child = idle.pop();
    child ??= startChild();
    child.sites++;
    child.stderr = '';
    const proc = child.process;

    let killedFor: 'timeout' | 'stop' | undefined;
    const kill = (why: 'timeout' | 'stop'): void => {
      killedFor ??= why;
      proc.kill('SIGKILL');
    };
    // The site's time runs from the child's "started" (it has loaded and begun the audit).
    let hardLimit = setTimeout(() => kill('timeout'), START_ALLOWANCE_MS + opts.siteTimeoutMs + KILL_AFTER_MS);
    const onStarted = (): void => {
      clearTimeout(hardLimit);
      hardLimit = setTimeout(() => kill('timeout'), opts.siteTimeoutMs + KILL_AFTER_MS);
    };
    let stopLimit: NodeJS.Timeout | undefined;
    const onStop = (): void => {
      if (proc.connected) proc.send({ type: 'stop' });
      stopLimit = setTimeout(() => kill('stop'), KILL_AFTER_MS);
    };
    let onMessage: ((m: ChildMessage) => void) | undefined;
    let onClose: ((code: number | null, signal: NodeJS.Signals | null) => void) | undefined;
    let onError: ((err: Error) => void) | undefined;

    try {
      const outcome = await new Promise<{ reply?: ChildReply; ended?: string }>((resolve) => {
        onMessage = (m) => (m.type === 'started' ? onStarted() : resolve({ reply: m }));
        onClose = (code, signal) => resolve({ ended: signal ? `signal ${signal}` : `exit code ${code}` });
        onError = (err) => resolve({ ended: err.message });
        proc.on('message', onMessage).on('close', onClose).on('error', onError);
        const job: ChildJob = { site, opts, allowPrivate };
        proc.send({ type: 'run', job });
        stop.addEventListener('abort', onStop, { once: true });
        if (stop.aborted) onStop();
      });
      const { reply } = outcome;
      if (reply) {
        if (child.sites < RECYCLE_AFTER && !stop.aborted) idle.push(child);
        else proc.disconnect();
        return {
          ...(reply.result ? { result: reply.result } : {}),
          waivers: {
            used: reply.waiversUsed.flatMap(({ index, matched }) => (opts.waivers[index] ? [{ waiver: opts.waivers[index], matched }] : [])),
            expired: reply.waiversExpired.flatMap((i) => (opts.waivers[i] ? [opts.waivers[i]] : [])),
          },
        };
      }
      // No answer: the child was killed or died, and may have left a half-written temp folder.
      if (alive(child)) proc.kill('SIGKILL');
      await rm(tmpDirFor(opts.out, site.slug), { recursive: true, force: true });
      const none = { used: [], expired: [] };
      if (stop.aborted) return { waivers: none };
      if (killedFor === 'timeout') return { result: timeoutResult(opts.siteTimeoutMs), waivers: none };
      const said = causeLine(child.stderr);
      return {
        result: { outcome: 'failed', problem: 'site-crashed', reason: `site-crashed: the site's audit process ended without a report (${outcome.ended ?? 'no answer'})${said ? `: ${said}` : ''}` },
        waivers: none,
      };
    } finally {
      clearTimeout(hardLimit);
      clearTimeout(stopLimit);
      stop.removeEventListener('abort', onStop);
      if (onMessage) proc.off('message', onMessage);
      if (onClose) proc.off('close', onClose);
      if (onError) proc.off('error', onError);
    }
  };

  const close = (): void => {
    for (const child of idle.splice(0)) if (alive(child)) child.process.disconnect();
  };
  return { run, close };
}
