// One site of a batch: audit into <out>/.tmp-<slug>/, then rename to <out>/<slug>/. A hard time
// limit aborts the crawl; if the audit does not wind down soon after, the batch stops waiting.
import { rm } from 'node:fs/promises';
import type { AuditReport } from '../core/index.js';
import type { Clock } from '../discover/index.js';
import type { HttpClient } from '../fetch/index.js';
import { runAudit, withOverrides, type AuditOptions } from '../pipeline/index.js';
import { publishSiteDir, tmpDirFor } from './atomic.js';
import { siteOverrides, type BatchSite } from './site-list.js';
import { timeoutResult, type SiteResult } from './state.js';
import { applyWaivers, type Waiver, type WaiverUse } from './waivers.js';

export interface SiteRunOptions {
  out: string;
  /** every site's audit options; a list row's overrides go on top (siteOverrides) */
  audit: AuditOptions;
  siteTimeoutMs: number;
  waivers: Waiver[];
  /** YYYY-MM-DD, for waiver expiry */
  today: string;
}

export interface SiteRunDeps {
  http: HttpClient;
  clock: Clock;
  /** the whole batch is stopping (Ctrl-C) */
  stop: AbortSignal;
}

export interface SiteRun {
  /** undefined when the batch was stopped before this site finished: it has not run */
  result?: SiteResult;
  waivers: { used: WaiverUse[]; expired: Waiver[] };
}

/** How long an aborted audit may take to wind down before the batch moves on without it. */
const GRACE_MS = 2_000;

export async function auditSite(site: BatchSite, opts: SiteRunOptions, deps: SiteRunDeps): Promise<SiteRun> {
  const tmp = tmpDirFor(opts.out, site.slug);
  await rm(tmp, { recursive: true, force: true });
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(new Error('time limit')), opts.siteTimeoutMs);
  const onStop = (): void => limit.abort(new Error('stopped'));
  deps.stop.addEventListener('abort', onStop, { once: true });
  if (deps.stop.aborted) onStop();
  const waivers: SiteRun['waivers'] = { used: [], expired: [] };

  const audit = runAudit(
    {
      targets: [site.url],
      outDir: tmp,
      name: site.name,
      slug: site.slug,
      code: site.code,
      nation: site.nation,
      authorityType: site.authorityType,
      signal: limit.signal,
      ...withOverrides(opts.audit, siteOverrides(site)),
      ...(site.evidence ? { evidence: site.evidence } : {}),
    },
    {
      http: deps.http,
      clock: deps.clock,
      adjustReport: (report: AuditReport) => {
        const applied = applyWaivers(report, opts.waivers, opts.today);
        waivers.used = applied.used;
        waivers.expired = applied.expired;
        return applied.report;
      },
    },
  );
  // Stop waiting GRACE_MS after an abort even if the audit is stuck somewhere that cannot be aborted.
  let graceTimer: NodeJS.Timeout | undefined;
  const cutOff = new Promise<never>((_, reject) => {
    limit.signal.addEventListener('abort', () => (graceTimer = setTimeout(() => reject(limit.signal.reason), GRACE_MS)), { once: true });
  });
  try {
    const { report } = await Promise.race([audit, cutOff]);
    await publishSiteDir(opts.out, site.slug);
    return { result: resultOf(report), waivers };
  } catch (err) {
    // The abandoned audit may still be writing: clear its temp folder once it has settled.
    void audit.catch(() => undefined).finally(() => rm(tmp, { recursive: true, force: true }));
    await rm(tmp, { recursive: true, force: true });
    if (deps.stop.aborted) return { waivers };
    if (limit.signal.aborted) return { result: timeoutResult(opts.siteTimeoutMs), waivers };
    return { result: { outcome: 'failed', reason: `error: ${err instanceof Error ? err.message : String(err)}` }, waivers };
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    deps.stop.removeEventListener('abort', onStop);
  }
}

/** A report with nothing assessed is a site that could not be audited (the audit command's exit 3). */
export function resultOf(report: AuditReport): SiteResult {
  if (report.summary.sources.assessed > 0) return { outcome: 'audited' };
  const first = report.problems[0];
  return { outcome: 'failed', reason: first ? `unreachable: ${first.kind} ${first.message}` : 'unreachable: nothing could be read' };
}
