import type { CliIo } from './io.js';

/** One updating line on a TTY; nothing otherwise (a crawl is short; batch has its own progress). */
export function crawlProgress(io: CliIo, quiet: boolean): ((e: { fetched: number; queued: number; url: string; stage?: 'screenshots' }) => void) | undefined {
  if (quiet || !io.isTTY) return undefined;
  return (e) => {
    // Screenshots of the evidence are a stage of their own (page loads in a browser, slower than the crawl).
    const line = e.stage === 'screenshots' ? `screenshot ${e.fetched + 1} of ${e.fetched + e.queued} (evidence): ${e.url}` : `fetched ${e.fetched}, queued ${e.queued}: ${e.url}`;
    io.stderr(`\r\x1b[2K${line.slice(0, io.columns - 1)}`);
  };
}

export function clearProgress(io: CliIo, quiet: boolean): void {
  if (!quiet && io.isTTY) io.stderr('\r\x1b[2K');
}
