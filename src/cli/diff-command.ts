import { ExitCode } from '../core/index.js';
import { diffFails, diffPaths, renderDiffJson, renderDiffMarkdown, renderDiffTerminal, type FailOn } from '../batch/index.js';
import type { CliIo } from './io.js';

export interface DiffCliOptions {
  format: 'terminal' | 'md' | 'json';
  failOn?: FailOn;
}

/** `atr-audit diff <old> <new>`: the diff on stdout; exit 1 when --fail-on holds. */
export function diffCommand(oldPath: string, newPath: string, opts: DiffCliOptions, io: CliIo): ExitCode {
  const d = diffPaths(oldPath, newPath);
  const render = opts.format === 'json' ? renderDiffJson : opts.format === 'md' ? renderDiffMarkdown : renderDiffTerminal;
  io.stdout(render(d));
  return diffFails(d, opts.failOn) ? ExitCode.ThresholdFailed : ExitCode.Ok;
}
