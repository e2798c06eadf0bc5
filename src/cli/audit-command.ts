import { ExitCode, type AuditReport, type OrgType, type RenderMode } from '../core/index.js';
import { runAudit, rescore, type AuditOutcome } from '../pipeline/index.js';
import { renderJson, renderTerminalSummary, type Format } from '../report/index.js';
import { shownPath, systemClock, type CliIo } from './io.js';
import { consentFrom, screenshotModeFrom, type BrowserCliOptions } from './browser-options.js';
import { clearProgress, crawlProgress } from './progress.js';
import { renderNotice } from './render-notice.js';
import { httpClientFor } from './options.js';

export interface AuditCliOptions extends Partial<Omit<BrowserCliOptions, 'render'>> {
  /** --allow-private: private and loopback addresses may be reached */
  allowPrivate?: boolean;
  out?: string;
  format: Format[];
  rules: string[];
  orgType: OrgType;
  name?: string;
  maxPages: number;
  /** --patience: early stopping (0: off) */
  patience?: number;
  render: RenderMode;
  userAgent?: string;
  delay?: number;
  failUnder?: number;
  quiet?: boolean;
  json?: boolean;
  evidence?: string;
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
  const unreachable = outcome.report.summary.sources.assessed === 0;
  if (unreachable) {
    const first = outcome.report.problems[0];
    io.stderr(`Nothing could be read from the target${first ? ` (${first.url}: ${first.message})` : ''}. See "problems" in report.json.\n`);
  }
}

export async function auditCommand(targets: string[], opts: AuditCliOptions, io: CliIo): Promise<ExitCode> {
  const onProgress = crawlProgress(io, Boolean(opts.quiet));
  const outcome = await runAudit(
    {
      targets,
      outDir: opts.out,
      formats: opts.format,
      rules: opts.rules,
      orgType: opts.orgType,
      name: opts.name,
      maxPages: opts.maxPages,
      ...(opts.patience === undefined ? {} : { patience: opts.patience }),
      render: opts.render,
      userAgent: opts.userAgent,
      delayMs: opts.delay,
      browser: opts.browser,
      screenshots: screenshotModeFrom(opts),
      consent: consentFrom(opts),
      renderTimeoutMs: opts.renderTimeout,
      maxRenders: opts.maxRenders,
      evidence: opts.evidence,
    },
    { http: httpClientFor(opts), clock: systemClock, onProgress },
  );
  clearProgress(io, Boolean(opts.quiet));
  announce(outcome, io, opts);
  return exitCodeFor(outcome.report, opts.failUnder);
}

export async function rescoreCommand(
  dir: string,
  opts: { rules: string[]; format: Format[]; failUnder?: number; quiet?: boolean; json?: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const outcome = await rescore(dir, { rules: opts.rules, formats: opts.format, now: systemClock.now() });
  announce(outcome, io, opts);
  return exitCodeFor(outcome.report, opts.failUnder);
}
