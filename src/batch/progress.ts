// Batch progress on stderr: one updating line on a TTY; a plain line every `periodMs` otherwise;
// nothing when quiet. Rendering is separate from timing so it can be tested without a terminal.
import type { BatchSite } from './site-list.js';
import type { SiteResult } from './state.js';

export interface ProgressSink {
  start(total: number): void;
  siteStarted(site: BatchSite): void;
  siteDone(site: BatchSite, result: SiteResult | undefined): void;
  finish(): void;
}

export interface ProgressSnapshot {
  done: number;
  total: number;
  failed: number;
  elapsedMs: number;
  current: string[];
}

const duration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

export function progressLine(p: ProgressSnapshot): string {
  const perMin = p.elapsedMs > 0 ? (p.done / p.elapsedMs) * 60_000 : 0;
  const eta = p.done > 0 ? duration(((p.total - p.done) * p.elapsedMs) / p.done) : '?';
  const now = p.current.length ? ` · now: ${p.current.join(', ')}` : '';
  return `[${p.done}/${p.total}] ${p.failed} failed · ${perMin.toFixed(1)} sites/min · ETA ${eta}${now}`;
}

export const silentProgress: ProgressSink = { start() {}, siteStarted() {}, siteDone() {}, finish() {} };

export function streamProgress(write: (t: string) => void, opts: { tty: boolean; columns: number; now: () => number; periodMs?: number }): ProgressSink {
  let total = 0;
  let done = 0;
  let failed = 0;
  let started = 0;
  let lastPlain = 0;
  const current = new Set<string>();
  const snapshot = (): ProgressSnapshot => ({ done, total, failed, elapsedMs: opts.now() - started, current: [...current] });
  const draw = (force = false): void => {
    if (opts.tty) write(`\r\x1b[2K${progressLine(snapshot()).slice(0, opts.columns - 1)}`);
    else if (force || opts.now() - lastPlain >= (opts.periodMs ?? 10_000)) {
      lastPlain = opts.now();
      write(`${progressLine({ ...snapshot(), current: [] })}\n`);
    }
  };
  return {
    start(n) {
      total = n;
      started = opts.now();
      lastPlain = started;
      if (opts.tty) draw();
    },
    siteStarted(site) {
      current.add(site.slug);
      if (opts.tty) draw();
    },
    siteDone(site, result) {
      current.delete(site.slug);
      if (result) done++;
      if (result?.outcome === 'failed') failed++;
      draw();
    },
    finish() {
      if (opts.tty) write('\r\x1b[2K');
      else if (total > 0) draw(true);
    },
  };
}
