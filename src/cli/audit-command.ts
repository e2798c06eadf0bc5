import { ExitCode, type AuditReport, type Nation } from '../core/index.js';
import { runAudit, rescore, type AuditOutcome } from '../pipeline/index.js';
import { renderJson, renderTerminalSummary, type Format } from '../report/index.js';
import { auditExitReasons } from '../batch/exit-reasons.js';
import { shownPath, systemClock, type CliIo } from './io.js';
import { screenshotModeFrom } from './browser-options.js';
import { clearProgress, crawlProgress } from './progress.js';
import { renderNotice } from './render-notice.js';
import { auditOptionsFromFlags, httpClientFor, type AuditFlags } from './options.js';

export interface AuditCliOptions extends AuditFlags {
  /** --allow-private: private and loopback addresses may be reached */
  allowPrivate?: boolean;
  out?: string;
  name?: string;
  failUnder?: number;
  quiet?: boolean;
  json?: boolean;
  /** --nation: whose law applies (else inferred) */
  nation?: string;
}

/** The exit code an audit earns: 3 when nothing could be read, 1 below the threshold, else 0. */
export function exitCodeFor(report: AuditReport, failUnder: number | undefined): ExitCode {
  if (report.summary.sources.assessed === 0) return ExitCode.Unreachable;
  const score = report.summary.score;
  if (failUnder !== undefined && (score === null || score < failUnder)) return ExitCode.ThresholdFailed;
  return ExitCode.Ok;
}

export function announce(outcome: AuditOutcome, io: CliIo, opts: { quiet?: boolean; json?: boolean }): void {
  if (opts.json) io.stdout(renderJson(outcome.report));
  if (opts.quiet) return;
  io.stderr(renderTerminalSummary(outcome.report, { color: io.color, width: io.columns, labels: outcome.labels }));
  io.stderr(renderNotice(outcome.report));
  const where = shownPath(outcome.outDir);
  io.stderr(`\nReport: ${where}/report.json${outcome.written.some((w) => w.endsWith('.html')) ? ` and ${where}/report.html` : ''}\n`);
}

/** Why the exit code is not 0, on stderr even with --quiet: a CI log must say why it failed. */
export function finish(report: AuditReport, failUnder: number | undefined, io: CliIo): ExitCode {
  const reasons = auditExitReasons(report, failUnder);
  if (reasons.length) io.stderr(`${reasons.join('\n')}\n`);
  return exitCodeFor(report, failUnder);
}

export async function auditCommand(targets: string[], opts: AuditCliOptions, io: CliIo): Promise<ExitCode> {
  const onProgress = crawlProgress(io, Boolean(opts.quiet));
  const outcome = await runAudit(
    // the audit command screenshots evidence by default whenever a browser may be used
    {
      targets,
      outDir: opts.out,
      name: opts.name,
      ...auditOptionsFromFlags({ ...opts, screenshots: screenshotModeFrom(opts) }),
      ...(opts.nation ? { nation: opts.nation, nationFrom: 'option' as const } : {}),
    },
    { http: httpClientFor(opts), clock: systemClock, onProgress },
  );
  clearProgress(io, Boolean(opts.quiet));
  announce(outcome, io, opts);
  return finish(outcome.report, opts.failUnder, io);
}

export async function rescoreCommand(
  dir: string,
  opts: { rules: string[]; format: Format[]; nation?: Nation; failUnder?: number; quiet?: boolean; json?: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const outcome = await rescore(dir, { rules: opts.rules, formats: opts.format, now: systemClock.now(), ...(opts.nation ? { nation: opts.nation } : {}) });
  announce(outcome, io, opts);
  return finish(outcome.report, opts.failUnder, io);
}
