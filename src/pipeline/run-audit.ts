import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  UsageError,
  slugify,
  type AuditReport,
  type CrawlBudget,
  type CrawlRecord,
  type ExtractedDocument,
  type FetchedResource,
  type NetworkNote,
  type Organisation,
} from '../core/index.js';
import { compileFocus, crawlSite, readLocalTarget, type Clock, type CrawlResult } from '../discover/index.js';
import { createIsolatedExtractor } from '../extract/index.js';
import type { HttpClient, PageRenderer } from '../fetch/index.js';
import { DEFAULT_LABELS, fileNameFor, renderCsv, renderHtml, renderJson, renderJunit, renderMarkdown, type Format, type ReportLabels } from '../report/index.js';
import { loadPack, mergeFocus, packIdsWithDefaults, type LoadedPack } from '../rules/index.js';
import { crawlBudgetOf } from '../score/index.js';
import { analyseCrawl, type Extractor } from './analyse.js';
import { crawlBodies, saveCrawlRecord, writeFileAtomic } from './crawl-store.js';
import { openRenderer } from './browser-session.js';
import { attachScreenshots } from './evidence-screenshots.js';
import { defaultOutDir } from './out-dir.js';
import { evidenceWatcher } from './evidence-watch.js';
import { removeStaleOutputs } from './stale-outputs.js';
import { addEvidenceDocuments, loadEvidenceFolder } from '../evidence/index.js';
import { auditOptions, type AuditOptions } from './audit-options.js';
import { bundledBodyList } from '../nation/index.js';

/** Which organisation one audit is about, and where it writes. */
export interface AuditTarget {
  targets: string[];
  outDir?: string;
  name?: string;
  /** batch: the list's unique slug for this site (else from --name or the host) */
  slug?: string;
  code?: string;
  nation?: string;
  /** where `nation` came from: --nation (option) or a batch list (list, the default) */
  nationFrom?: 'option' | 'list';
  authorityType?: string;
  /** aborts the crawl; an aborted audit throws before writing any report (batch time limit, Ctrl-C) */
  signal?: AbortSignal;
}

/** What runAudit is given: the target, and any options (the rest from AUDIT_DEFAULTS). */
export type AuditConfig = AuditTarget & Partial<AuditOptions>;

/** The config every stage below runAudit reads: every option set. */
type ResolvedConfig = AuditTarget & AuditOptions;

export interface AuditDeps {
  http: HttpClient;
  clock: Clock;
  /** crawl progress; with stage 'screenshots', fetched/queued count the evidence screenshots taken and left */
  onProgress?: (e: { fetched: number; queued: number; url: string; stage?: 'screenshots' }) => void;
  /** last change to the report before it is written (batch: apply waivers) */
  adjustReport?: (report: AuditReport) => AuditReport;
  /** the audit's browser (tests); undefined: resolve and start one as the config asks, null: none */
  renderer?: PageRenderer | null;
}

export interface AuditOutcome {
  report: AuditReport;
  outDir: string;
  written: string[];
  /** the first pack's report words */
  labels: ReportLabels;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** The gap between requests to one origin when none is given: 1000 ms, or 0 for loopback hosts. */
export function defaultDelayMs(url: string): number {
  return LOOPBACK.test(new URL(url).hostname) ? 0 : 1000;
}

export function isUrlTarget(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/** Targets must be one http(s) site, or existing local files and folders. */
export function checkTargets(targets: string[]): 'url' | 'files' {
  if (targets.length === 0) throw new UsageError('nothing to audit', 'give a site URL (https://www.example.gov.uk/) or local files/folders');
  const urls = targets.filter(isUrlTarget);
  if (urls.length > 0) {
    if (targets.length > 1) throw new UsageError('audit one site URL at a time', 'use `atr-audit batch <list.csv>` for many sites');
    const u = new URL(urls[0]!);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`not a web address: ${urls[0]}`, 'a URL target must start with http:// or https://');
    return 'url';
  }
  for (const t of targets) if (!existsSync(t)) throw new UsageError(`no such file or folder: ${t}`, 'check the path, or give a URL starting with https://');
  return 'files';
}

function hostSlug(url: string): string {
  const host = new URL(url).host.replace(/^www\./, '');
  const first = host.split('.')[0] ?? host;
  return slugify(/^\d+$/.test(first) ? host : first);
}

export function organisationFor(config: AuditTarget & { orgType: Organisation['type'] }, siteName: string | undefined, kind: 'url' | 'files'): Organisation {
  const target = config.targets[0]!;
  const fallbackName = kind === 'url' ? new URL(target).host : (target.split(/[\\/]/).filter(Boolean).pop() ?? target);
  const name = config.name ?? siteName ?? fallbackName;
  const slug = config.slug ? config.slug : config.name ? slugify(config.name) : kind === 'url' ? hostSlug(target) : slugify(fallbackName);
  const org: Organisation = { name, slug, type: config.orgType, url: kind === 'url' ? target : resolve(target) };
  if (config.code) org.code = config.code;
  if (config.nation) org.nation = config.nation;
  if (config.authorityType) org.authorityType = config.authorityType;
  return org;
}

/** The packs `--rules` names (the first is the primary), then the default-on packs (pack.yaml `defaultOn`) unless `-<id>` leaves one out. */
export function loadPacks(ids: string[]): LoadedPack[] {
  return packIdsWithDefaults(ids).map((id) => loadPack(id));
}

/**
 * Extract once during the crawl and reuse the document in analysis (same bytes, same result).
 * Parsing runs in a worker with memory and time limits (see extract/isolated.ts); close() ends it.
 */
function cachingExtractor(): Extractor & { close(): Promise<void> } {
  const cache = new Map<string, ExtractedDocument>();
  const isolated = createIsolatedExtractor();
  const extract = async (resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> => {
    const key = `${resource.url}\n${resource.contentHash}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const doc = await isolated(resource, body);
    cache.set(key, doc);
    return doc;
  };
  return Object.assign(extract, { close: () => isolated.close() });
}

export async function writeReports(report: AuditReport, outDir: string, formats: Format[], labels: ReportLabels = DEFAULT_LABELS): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  // Outputs of an earlier run that this one does not write would sit beside the new report.json
  // and contradict it: remove them, only where that earlier report.json was ours.
  await removeStaleOutputs(outDir, formats);
  const renderers: Record<Format, (r: AuditReport) => string> = { json: renderJson, html: (r) => renderHtml(r, labels), md: (r) => renderMarkdown(r, labels), csv: renderCsv, junit: renderJunit };
  const written: string[] = [];
  for (const format of ['json', ...formats.filter((f) => f !== 'json')] as Format[]) {
    const path = join(outDir, fileNameFor(format));
    await writeFileAtomic(path, renderers[format](report));
    written.push(path);
  }
  return written;
}

/** What the report says about confinement: only what differs from the default (nothing reached private addresses, the browser refused nothing). */
function networkNote(http: HttpClient, renderer: PageRenderer | undefined): { network?: NetworkNote } {
  const refused = renderer?.refusals() ?? {};
  const network: NetworkNote = {
    ...(http.addresses?.allowPrivate ? { allowPrivate: true as const } : {}),
    ...(Object.keys(refused).length > 0 ? { browserRefused: refused as Record<string, number> } : {}),
  };
  return Object.keys(network).length > 0 ? { network } : {};
}

/** What the --max-pages budget left unvisited, kept in the crawl so `rescore` judges the same way. */
function budgetNote(crawl: CrawlResult, maxPages: number): { budget?: CrawlBudget } {
  const budget = crawlBudgetOf(crawl.unvisited ?? [], maxPages);
  return budget ? { budget } : {};
}

/** The whole audit of one organisation: crawl (or read files), save the crawl, analyse, write reports. */
export async function runAudit(given: AuditConfig, deps: AuditDeps): Promise<AuditOutcome> {
  const config: ResolvedConfig = { ...given, ...auditOptions(given) };
  const kind = checkTargets(config.targets);
  // A bad row of the evidence folder stops the audit here: exit 2, nothing fetched or written.
  if (config.evidence) loadEvidenceFolder(config.evidence);
  // One browser per audit, started on first need and closed on every way out.
  const renderer = deps.renderer === null ? undefined : (deps.renderer ?? (kind === 'url' ? await openRenderer(config, deps.http) : undefined));
  try {
    return await auditWith(config, kind, deps, renderer);
  } finally {
    await renderer?.close();
  }
}

async function auditWith(config: ResolvedConfig, kind: 'url' | 'files', deps: AuditDeps, renderer: PageRenderer | undefined): Promise<AuditOutcome> {
  const packs = loadPacks(config.rules); // rule errors stop us before any request is made
  const provisional = organisationFor(config, undefined, kind);
  const outDir = config.outDir ? resolve(config.outDir) : defaultOutDir(provisional.slug, config.targets, kind);
  const bodies = crawlBodies(outDir);
  const extract = cachingExtractor();
  try {
    return await crawlAndAnalyse(config, kind, deps, renderer, { packs, outDir, bodies, extract });
  } finally {
    await extract.close();
  }
}

async function crawlAndAnalyse(
  config: ResolvedConfig,
  kind: 'url' | 'files',
  deps: AuditDeps,
  renderer: PageRenderer | undefined,
  { packs, outDir, bodies, extract }: { packs: LoadedPack[]; outDir: string; bodies: ReturnType<typeof crawlBodies>; extract: Extractor },
): Promise<AuditOutcome> {
  const startedAt = deps.clock.now().toISOString();
  const { userAgent } = config;

  let crawl: CrawlResult;
  if (kind === 'url') {
    const start = config.targets[0]!;
    const delayMs = config.delayMs ?? defaultDelayMs(start);
    // Each page is evaluated as it is read, so the crawl knows when more pages stop adding evidence.
    const onDocument = config.patience > 0 ? evidenceWatcher(packs, { orgType: config.orgType, ...(config.nation ? { nation: config.nation } : {}) }) : undefined;
    crawl = await crawlSite(
      { startUrl: start, maxPages: config.maxPages, patience: config.patience, delayMs, userAgent, render: config.render, orgType: config.orgType, focus: compileFocus(mergeFocus(packs.map((p) => p.def.focus)), config.orgType), onProgress: deps.onProgress, signal: config.signal },
      { http: deps.http, bodies, clock: deps.clock, extract, renderer, ...(onDocument ? { onDocument } : {}) },
    );
  } else {
    crawl = await readLocalTarget(config.targets, { bodies, clock: deps.clock }, { exclude: [outDir] });
  }
  const withEvidence = config.evidence ? await addEvidenceDocuments(crawl, loadEvidenceFolder(config.evidence), { bodies, clock: deps.clock }) : undefined;
  if (withEvidence) crawl = withEvidence.crawl;

  const record: CrawlRecord = {
    crawlVersion: 1,
    target: { kind, value: config.targets },
    organisation: organisationFor(config, crawl.siteName, kind),
    startedAt,
    finishedAt: deps.clock.now().toISOString(),
    options: { maxPages: config.maxPages, render: config.render, userAgent },
    ...networkNote(deps.http, renderer),
    resources: crawl.resources,
    sources: crawl.sources,
    problems: crawl.problems,
    ...budgetNote(crawl, config.maxPages),
    ...(crawl.stoppedEarly ? { earlyStop: crawl.stoppedEarly } : {}),
    ...(withEvidence ? { evidence: withEvidence.evidence } : {}),
    ...(config.nation ? { nationFrom: config.nationFrom ?? 'list' } : {}),
  };
  config.signal?.throwIfAborted();
  await saveCrawlRecord(outDir, record);
  const analysed = await analyseCrawl(record, { packs, bodies, extract, finishedAt: deps.clock.now().toISOString(), bodyList: bundledBodyList() });
  if (renderer && kind === 'url' && config.screenshots !== 'none') {
    const progress = deps.onProgress;
    await attachScreenshots(analysed, renderer, outDir, config.screenshots, progress && ((done, total, url) => progress({ fetched: done, queued: total - done, url, stage: 'screenshots' })));
  }
  const report = deps.adjustReport ? deps.adjustReport(analysed) : analysed;
  config.signal?.throwIfAborted();
  const labels = packs[0]!.def.labels;
  const written = await writeReports(report, outDir, config.formats, labels);
  return { report, outDir, written, labels };
}
