import { ExitCode } from '../core/index.js';
import { loadHistory, mergeBatches } from '../batch/index.js';
import { unreadableLines } from '../batch/unreadable-note.js';
import { finishBatch } from './batch-command.js';
import { shownPath, systemClock, type CliIo } from './io.js';

/** `atr-audit merge <dirs...> --out <dir>`: the summary one unsharded run would have written. */
export async function mergeCommand(dirs: string[], opts: { out: string; junit?: boolean; quiet?: boolean; failUnder?: number; json?: boolean; history?: string[] }, io: CliIo): Promise<ExitCode> {
  const history = loadHistory(opts.history ?? [], opts.out);
  const summary = await mergeBatches(dirs, opts.out, { now: systemClock.now(), junit: opts.junit, history });
  if (opts.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  if (!opts.quiet) {
    const c = summary.counts;
    io.stderr(`merged ${dirs.length} folders: ${c.sites} sites, ${c.audited} audited, ${c.failed} failed, ${c.skipped} skipped. Summary: ${shownPath(opts.out)}/index.html\n`);
    for (const line of unreadableLines(summary)) io.stderr(`${line}\n`);
  }
  return finishBatch(summary, opts.failUnder, io);
}
