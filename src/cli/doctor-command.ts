import { ExitCode } from '../core/index.js';
import { formatChecks, runDoctor } from '../doctor/index.js';
import type { CliIo } from './io.js';

/** Checks go to stdout (they are the command's answer); exit 1 when a needed check failed. */
export async function doctorCommand(opts: { browser?: string; url?: string; out: string; allowPrivate?: boolean }, io: CliIo): Promise<ExitCode> {
  const checks = await runDoctor(opts);
  io.stdout(formatChecks(checks));
  return checks.some((c) => !c.ok && c.needed) ? ExitCode.ThresholdFailed : ExitCode.Ok;
}
