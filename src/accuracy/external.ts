// `npm run eval -- --external <dir> [--manifest <csv>] [--part dev|sealed|all] [--out <dir>] [--url-paths]`:
// measure the real pipeline on a folder of saved pages that live outside the repository (the
// real-page study), against the labels of a manifest CSV. Each page is audited as local files, as
// `atr-audit audit <file>` does. The pages and the audit reports (which quote them) stay outside the
// repository: reports go to <dir>/../eval-out unless --out says otherwise.
import { parseCsv } from '../batch/index.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AuditReport, OrgType, Status } from '../core/index.js';
import type { Clock } from '../discover/index.js';
import type { HttpClient } from '../fetch/index.js';
import { runAudit } from '../pipeline/index.js';
import { computeMetrics, type EvalMetrics, type Judgement } from './metrics.js';

const CRITERIA = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'] as const;
const LEVELS = new Set<Status>(['met', 'partial', 'not_met', 'needs_evidence', 'not_applicable']);

export interface ManifestRow {
  id: string;
  url: string;
  organisation: string;
  orgType: OrgType;
  nation?: string;
  part: string;
  class: string;
  labels: Partial<Record<(typeof CRITERIA)[number], Status>>;
  note: string;
}

/** The manifest's rows: id, url, organisation, [org_type], nation, date_read, part, class, C1..C7, pattern_note. */
export function parseManifest(text: string, source = 'manifest'): ManifestRow[] {
  const [header, ...rows] = parseCsv(text).map((r) => r.fields);
  if (!header) throw new Error(`${source}: empty`);
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  for (const required of ['id', 'part', ...CRITERIA]) if (col(required) < 0) throw new Error(`${source}: no "${required}" column`);
  const get = (r: string[], name: string) => (col(name) >= 0 ? (r[col(name)] ?? '').trim() : '');
  return rows.map((r, n) => {
    const labels: ManifestRow['labels'] = {};
    for (const c of CRITERIA) {
      const v = get(r, c);
      if (v === '' || v === '-') continue;
      if (!LEVELS.has(v as Status)) throw new Error(`${source}: row ${n + 2} (${get(r, 'id')}): ${c} "${v}" is not a level`);
      labels[c] = v as Status;
    }
    const orgType = get(r, 'org_type') || 'local-authority';
    if (orgType !== 'local-authority' && orgType !== 'voluntary-agency') throw new Error(`${source}: row ${n + 2}: org_type "${orgType}"`);
    return { id: get(r, 'id'), url: get(r, 'url'), organisation: get(r, 'organisation'), orgType, nation: get(r, 'nation') || undefined, part: get(r, 'part'), class: get(r, 'class'), labels, note: get(r, 'pattern_note') };
  });
}

/** The saved page for an id: <dir>/<id>.<ext>. */
export function pageFileFor(dir: string, id: string): string | undefined {
  const hit = readdirSync(dir).find((f) => f.startsWith(`${id}.`));
  return hit ? join(dir, hit) : undefined;
}

/** Nation names as the pipeline knows them (england, wales, scotland, northern-ireland). */
function nationOf(n: string | undefined): string | undefined {
  return n ? n.trim().toLowerCase().replace(/\s+/g, '-') : undefined;
}

export interface ExternalDisagreement extends Judgement {
  class: string;
  evidence: string;
}

export interface ErrorPattern {
  criterion: string;
  label: Status;
  predicted: Status;
  class: string;
  count: number;
  items: string[];
}

export interface ExternalResult {
  part: string;
  metrics: EvalMetrics;
  missing: string[];
  disagreements: ExternalDisagreement[];
  patterns: ErrorPattern[];
}

function evidenceOf(report: AuditReport, criterion: string): string {
  const c = report.criteria.find((x) => x.id === criterion);
  if (!c) return 'criterion missing from the report';
  const e = c.findings.filter((f) => f.kind === 'verdict').flatMap((f) => f.evidence)[0];
  if (e) return `${c.findings.find((f) => f.kind === 'verdict')?.ruleId ?? '?'}: "${e.quote}"`;
  return c.summary;
}

/** Disagreements grouped by criterion, label, tool verdict and document class; commonest first. */
export function errorPatterns(ds: ExternalDisagreement[]): ErrorPattern[] {
  const groups = new Map<string, ErrorPattern>();
  for (const d of ds) {
    const key = [d.criterion, d.label, d.predicted, d.class].join('|');
    const g = groups.get(key) ?? { criterion: d.criterion, label: d.label, predicted: d.predicted, class: d.class, count: 0, items: [] };
    g.count++;
    g.items.push(d.item);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.criterion.localeCompare(b.criterion) || a.class.localeCompare(b.class));
}

/** Copy a page to <root>/<host>/<path> so its file URL carries the page's real URL path. */
async function placeAtUrlPath(root: string, file: string, url: string): Promise<string> {
  const u = new URL(url);
  const segments = [u.host, ...u.pathname.split('/').filter(Boolean)].map((s) => s.replace(/[^A-Za-z0-9._-]/g, '_'));
  const last = segments.at(-1) ?? 'page';
  const target = /\.html?$/i.test(last) ? join(root, ...segments) : join(root, ...segments, 'index.html');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, readFileSync(file));
  return target;
}

export async function evaluateExternal(
  opts: { pagesDir: string; manifest: ManifestRow[]; part: string; outDir: string; urlPaths?: boolean; http: HttpClient; clock: Clock; onItem?: (id: string) => void },
): Promise<ExternalResult> {
  const rows = opts.manifest.filter((r) => opts.part === 'all' || r.part === opts.part);
  const judgements: Judgement[] = [];
  const disagreements: ExternalDisagreement[] = [];
  const missing: string[] = [];
  const staging = opts.urlPaths ? await mkdtemp(join(tmpdir(), 'atr-external-')) : undefined;
  try {
    for (const row of rows) {
      opts.onItem?.(row.id);
      const saved = pageFileFor(opts.pagesDir, row.id);
      if (!saved) {
        missing.push(row.id);
        continue;
      }
      const target = staging && row.url ? await placeAtUrlPath(join(staging, row.id), saved, row.url) : saved;
      const { report } = await runAudit(
        { targets: [target], outDir: join(opts.outDir, row.id), formats: ['json'], rules: ['clearmark'], orgType: row.orgType, nation: nationOf(row.nation), name: row.organisation || row.id, maxPages: 1, render: 'never' },
        { http: opts.http, clock: opts.clock, renderer: null },
      );
      for (const [criterion, label] of Object.entries(row.labels)) {
        const predicted: Status = report.criteria.find((c) => c.id === criterion)?.status ?? 'error';
        const j = { item: row.id, criterion, label, predicted };
        judgements.push(j);
        if (label !== predicted) disagreements.push({ ...j, class: row.class, evidence: evidenceOf(report, criterion) });
      }
    }
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
  return { part: opts.part, metrics: computeMetrics(judgements), missing, disagreements, patterns: errorPatterns(disagreements) };
}

const fmt = (n: number | null): string => (n === null ? '-' : n.toFixed(2));

export function renderExternal(r: ExternalResult, top = 10): string {
  const lines = [`external (${r.part}): ${r.metrics.items} pages, macro-F1 ${fmt(r.metrics.macroF1)}, exact agreement ${fmt(r.metrics.exactAgreement)}`];
  if (r.missing.length) lines.push(`  no saved page for: ${r.missing.join(', ')}`);
  lines.push('  criterion  pos  prec  rec   F1    exact');
  for (const c of r.metrics.criteria) lines.push(`  ${c.criterion.padEnd(9)} ${String(c.positives).padStart(4)}  ${fmt(c.precision)}  ${fmt(c.recall)}  ${fmt(c.f1)}  ${fmt(c.exact)}`);
  lines.push(`  commonest error patterns (${r.disagreements.length} disagreements):`, '  count  criterion  label -> tool            class');
  for (const p of r.patterns.slice(0, top)) {
    lines.push(`  ${String(p.count).padStart(5)}  ${p.criterion.padEnd(9)}  ${`${p.label} -> ${p.predicted}`.padEnd(24)} ${p.class}  (${p.items.slice(0, 6).join(', ')}${p.items.length > 6 ? ', ...' : ''})`);
  }
  return `${lines.join('\n')}\n`;
}

export interface ExternalArgs {
  dir: string;
  manifest: string;
  part: string;
  out: string;
  urlPaths: boolean;
}

/** Reads --external <dir>, --manifest <csv>, --part <part>, --out <dir>, --url-paths. */
export function parseExternalArgs(argv: string[]): ExternalArgs {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const dir = value('--external');
  if (!dir) throw new Error('--external needs a folder of saved pages');
  const part = value('--part') ?? 'dev';
  if (!['dev', 'sealed', 'all'].includes(part)) throw new Error(`--part must be dev, sealed or all (got ${part})`);
  const abs = resolve(dir);
  const manifest = value('--manifest') ?? [join(abs, 'manifest.csv'), join(dirname(abs), 'manifest.csv')].find((p) => existsSync(p)) ?? join(abs, 'manifest.csv');
  return { dir: abs, manifest: resolve(manifest), part, out: resolve(value('--out') ?? join(dirname(abs), 'eval-out')), urlPaths: argv.includes('--url-paths') };
}

/** The --external mode of `npm run eval`: prints the figures and writes external-<part>.json to --out. */
export async function runExternal(argv: string[], deps: { http: HttpClient; clock: Clock; stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const args = parseExternalArgs(argv);
  if (!existsSync(args.manifest)) throw new Error(`no manifest at ${args.manifest} (give --manifest <csv>)`);
  const manifest = parseManifest(readFileSync(args.manifest, 'utf8'), args.manifest);
  deps.stderr(`external ${args.part}: `);
  const result = await evaluateExternal({ pagesDir: args.dir, manifest, part: args.part, outDir: join(args.out, `${args.part}${args.urlPaths ? '-url-paths' : ''}`), urlPaths: args.urlPaths, http: deps.http, clock: deps.clock, onItem: () => deps.stderr('.') });
  deps.stderr('\n');
  await mkdir(args.out, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  await writeFile(join(args.out, `external-${args.part}${args.urlPaths ? '-url-paths' : ''}.json`), `${JSON.stringify({ date, manifest: args.manifest, urlPaths: args.urlPaths, ...result }, null, 2)}\n`);
  deps.stdout(renderExternal(result));
  return result.metrics.judgements === 0 ? 2 : 0;
}
