// How well the crawl finds the evidence on a generated site: the default audit against an
// exhaustive one (every page), on the same site. Used by `npm run bench` (bench/focus.mjs) and,
// small, by the test suite so it cannot rot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AuditReport, EarlyStop } from '../core/index.js';
import { createAddressGuard, createHttpClient, staticLookup, type HttpClient } from '../fetch/index.js';
import { systemClock } from '../discover/index.js';
import { runAudit } from '../pipeline/index.js';
import { generateSite, type Archetype } from './generate.js';
import { serveGeneratedSite } from './serve.js';

export interface FocusRun {
  report: AuditReport;
  /** URLs in the order they were fetched */
  fetched: string[];
  ms: number;
}

export interface FocusMeasure {
  archetype: Archetype;
  pages: number;
  /** evidence URLs (met or partial findings) of the exhaustive audit */
  evidence: string[];
  /** pages the default audit fetched before it had fetched every one of them; null when it never did */
  fetchedUntilAllEvidence: number | null;
  /** the same for every place the generator put evidence (a check that needs no exhaustive audit) */
  fetchedUntilGeneratorEvidence: number | null;
  fetched: number;
  /** the crawl stopped before its budget (report.json earlyStop) */
  earlyStop: EarlyStop | null;
  exhaustiveFetched: number;
  verdictsEqual: boolean;
  statuses: string;
  exhaustiveStatuses: string;
  ms: number;
  /** the same pages fetched one after another with the same client and no analysis: our overhead's baseline */
  plainFetchMs: number;
  /** null when the exhaustive audit was not run */
  exhaustiveMs: number | null;
}

/** host + path without a trailing slash: how evidence and fetched URLs are compared */
const key = (url: string): string => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname.replace(/\/$/, '')}${u.search}`;
};

const statusesOf = (r: AuditReport): string => r.criteria.map((c) => `${c.id}:${c.status}`).join(' ');

export function evidenceUrls(report: AuditReport): string[] {
  const urls = new Set<string>();
  for (const c of report.criteria) {
    for (const f of c.findings) {
      if (f.kind === 'verdict' && (f.status === 'met' || f.status === 'partial')) f.evidence.forEach((e) => urls.add(key(e.url)));
    }
  }
  return [...urls].sort();
}

export interface FocusOptions {
  archetype: Archetype;
  size: number;
  seed?: number;
  sitesRoot: string;
  maxPages?: number;
  latencyMs?: number;
  /** also run the exhaustive audit (default true); without it, evidence is what the focused audit quoted */
  exhaustive?: boolean;
  /** --patience of the focused audit (default: the audit's default); the exhaustive one never stops early */
  patience?: number;
}

/** What an exhaustive audit (every page) of a generated site found: slow at 20,000 pages, so the bench can keep it. */
export interface ExhaustiveResult {
  archetype: Archetype;
  size: number;
  seed: number;
  pages: number;
  evidence: string[];
  statuses: string;
  fetched: number;
  ms: number;
}

/** The exhaustive audit alone (bench/focus.mjs --exhaustive-only keeps its result for later runs). */
export async function measureExhaustive(opts: Omit<FocusOptions, 'exhaustive' | 'maxPages' | 'latencyMs'>): Promise<ExhaustiveResult> {
  const seed = opts.seed ?? 1;
  const m = await measureFocus({ ...opts, seed, maxPages: Number.MAX_SAFE_INTEGER, exhaustive: false, patience: 0 });
  return { archetype: opts.archetype, size: opts.size, seed, pages: m.pages, evidence: m.evidence, statuses: m.statuses, fetched: m.fetched, ms: m.ms };
}

export async function measureFocus(opts: FocusOptions & { exhaustiveResult?: ExhaustiveResult }): Promise<FocusMeasure> {
  const site = generateSite({ archetype: opts.archetype, size: opts.size, seed: opts.seed ?? 1, sitesRoot: opts.sitesRoot });
  const served = await serveGeneratedSite(site, { latencyMs: opts.latencyMs ?? 0 });
  const work = mkdtempSync(join(tmpdir(), 'atr-focus-'));
  const http: HttpClient = createHttpClient({
    addresses: createAddressGuard({ allowPrivate: true, lookup: staticLookup({ [site.host]: '127.0.0.1', [`localoffer.${site.host}`]: '127.0.0.1' }) }),
  });
  const audit = async (maxPages: number, name: string, patience?: number): Promise<FocusRun> => {
    const fetched: string[] = [];
    const t0 = performance.now();
    const { report } = await runAudit(
      { targets: [served.url], outDir: join(work, name), formats: ['json'], rules: ['clearmark'], orgType: site.orgType, maxPages, ...(patience === undefined ? {} : { patience }), render: 'never', delayMs: 0 },
      { http, clock: systemClock, renderer: null, onProgress: (e) => fetched.push(e.url) },
    );
    return { report, fetched, ms: performance.now() - t0 };
  };
  try {
    const focused = await audit(opts.maxPages ?? 200, 'focused', opts.patience);
    const t0 = performance.now();
    for (const url of focused.fetched) await http.get(url, { userAgent: 'atr-audit-bench', timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, followRedirect: () => true }).catch(() => undefined);
    const plainFetchMs = performance.now() - t0;
    const ran = opts.exhaustive === false || opts.exhaustiveResult ? undefined : await audit(site.pages.size + site.files.size + 1000, 'exhaustive', 0);
    const exhaustive = ran ? { evidence: evidenceUrls(ran.report), statuses: statusesOf(ran.report), fetched: ran.fetched.length, ms: ran.ms } : opts.exhaustiveResult;
    const evidence = exhaustive?.evidence ?? evidenceUrls(focused.report);
    const order = new Map<string, number>();
    focused.fetched.forEach((u, i) => order.has(key(u)) || order.set(key(u), i + 1));
    const positions = evidence.map((e) => order.get(e));
    const placed = site.evidence.map((e) => order.get(key(`http://${e}`)));
    return {
      archetype: opts.archetype,
      pages: site.pages.size + site.files.size,
      evidence,
      fetchedUntilAllEvidence: positions.some((p) => p === undefined) ? null : Math.max(0, ...(positions as number[])),
      fetchedUntilGeneratorEvidence: placed.some((p) => p === undefined) ? null : Math.max(0, ...(placed as number[])),
      fetched: focused.fetched.length,
      earlyStop: focused.report.earlyStop ?? null,
      exhaustiveFetched: exhaustive?.fetched ?? 0,
      verdictsEqual: exhaustive === undefined || statusesOf(focused.report) === exhaustive.statuses,
      statuses: statusesOf(focused.report),
      exhaustiveStatuses: exhaustive?.statuses ?? '',
      ms: focused.ms,
      plainFetchMs,
      exhaustiveMs: exhaustive?.ms ?? null,
    };
  } finally {
    await served.close();
    rmSync(work, { recursive: true, force: true });
  }
}
