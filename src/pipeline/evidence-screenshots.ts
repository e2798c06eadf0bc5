// Screenshots of the quoted place on each HTML page that gave verdict evidence. Taken after
// evaluation (the quotes are needed), saved under <out>/evidence/, indexed so `rescore` can keep
// a screenshot offline when the same quote from the same page is still the evidence.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { confinePath, slugify, sha256, type AuditReport, type Evidence, type Problem } from '../core/index.js';
import type { PageRenderer, ScreenshotMode } from '../fetch/index.js';
import { writeFileAtomic } from './crawl-store.js';

export const EVIDENCE_DIR = 'evidence';
const INDEX_FILE = 'screenshots.json';
const MAX_SHOTS = 60;

interface ShotEntry {
  url: string;
  quote: string;
  file: string;
}

const keyOf = (e: { url: string; quote: string }): string => `${e.url}\n${e.quote}`;

/**
 * The evidence a verdict rests on, on web pages: of each criterion met or partly met, the main
 * quote of each finding at that status (issue 13.9: one picture per deciding finding, not one per
 * quote of every finding; each is a page load and took an audit from seconds to half a minute).
 */
export function decidingEvidence(report: AuditReport): { criterion: string; evidence: Evidence }[] {
  const criteria = [...report.criteria, ...report.packs.flatMap((p) => p.criteria)];
  return criteria
    .filter((c) => c.status === 'met' || c.status === 'partial')
    .flatMap((c) =>
      c.findings
        .filter((f) => f.kind === 'verdict' && f.status === c.status)
        .map((f) => f.evidence[0])
        .filter((e): e is Evidence => e !== undefined && e.kind === 'html' && /^https?:\/\//i.test(e.url))
        .map((evidence) => ({ criterion: c.id, evidence })),
    );
}

export interface ScreenshotOutcome {
  taken: number;
  notFound: number;
  problems: Problem[];
}

/**
 * Take the screenshots and set Evidence.screenshot (a path relative to outDir) in place. Each one
 * is a page load through the renderer, which keeps the crawl's rules (bound by crawlSite): only
 * in-site, robots-allowed requests, and --delay / Crawl-delay between loads of one origin.
 */
export async function attachScreenshots(
  report: AuditReport,
  renderer: PageRenderer,
  outDir: string,
  mode: Exclude<ScreenshotMode, 'none'>,
  /** after each screenshot: how many of how many, and the page (the progress line shows this stage) */
  onProgress?: (done: number, total: number, url: string) => void,
): Promise<ScreenshotOutcome> {
  const done = new Map<string, string | null>();
  const index: ShotEntry[] = [];
  const outcome: ScreenshotOutcome = { taken: 0, notFound: 0, problems: [] };
  await mkdir(join(outDir, EVIDENCE_DIR), { recursive: true });
  const wanted = decidingEvidence(report);
  const total = Math.min(MAX_SHOTS, new Set(wanted.map((w) => keyOf(w.evidence))).size);
  for (const { criterion, evidence } of wanted) {
    const key = keyOf(evidence);
    if (!done.has(key)) {
      onProgress?.(Math.min(done.size, total), total, evidence.url);
      if (done.size >= MAX_SHOTS || renderer.unavailable()) {
        done.set(key, null);
      } else {
        // The criterion id comes from a pack (data): slugged, and the file confined to <out>/evidence.
        const file = `${EVIDENCE_DIR}/${slugify(criterion)}-${sha256(key).replace(/^sha256:/, '').slice(0, 10)}.png`;
        try {
          const ok = await renderer.screenshot(evidence.url, evidence.quote, confinePath(join(outDir, EVIDENCE_DIR), file.slice(EVIDENCE_DIR.length + 1), { what: 'screenshot' }), mode);
          done.set(key, ok ? file : null);
          if (ok) {
            outcome.taken++;
            index.push({ url: evidence.url, quote: evidence.quote, file });
          } else outcome.notFound++;
        } catch (e) {
          done.set(key, null);
          outcome.problems.push({ url: evidence.url, kind: 'render-unavailable', message: `no screenshot of the evidence: ${(e as Error).message}` });
        }
      }
    }
    const file = done.get(key);
    if (file) evidence.screenshot = file;
  }
  await writeFileAtomic(join(outDir, EVIDENCE_DIR, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  if (outcome.problems.length > 0) {
    report.problems.push(...outcome.problems);
    report.problems.sort((a, b) => (`${a.url}\n${a.kind}` < `${b.url}\n${b.kind}` ? -1 : `${a.url}\n${a.kind}` > `${b.url}\n${b.kind}` ? 1 : 0));
  }
  return outcome;
}

/** The index is data read back from disk: only a plain PNG name inside evidence/ is kept. */
function isShotFile(file: unknown): file is string {
  return typeof file === 'string' && /^evidence\/[a-z0-9-]+\.png$/.test(file);
}

/** Offline (rescore): keep a screenshot only where the same quote from the same URL is still evidence. */
export async function keepScreenshots(report: AuditReport, outDir: string): Promise<number> {
  const path = join(outDir, EVIDENCE_DIR, INDEX_FILE);
  if (!existsSync(path)) return 0;
  let entries: ShotEntry[];
  try {
    entries = JSON.parse(await readFile(path, 'utf8')) as ShotEntry[];
  } catch {
    return 0;
  }
  const byKey = new Map(entries.filter((e) => isShotFile(e.file) && existsSync(join(outDir, e.file))).map((e) => [keyOf(e), e.file]));
  let kept = 0;
  for (const { evidence } of decidingEvidence(report)) {
    const file = byKey.get(keyOf(evidence));
    if (file) {
      evidence.screenshot = file;
      kept++;
    }
  }
  return kept;
}

/** Mark evidence from browser-read pages as read before or after a consent step. */
export function annotateConsent(report: AuditReport, resources: { url: string; finalUrl: string; consent?: 'before' | 'after' }[]): void {
  const timing = new Map<string, 'before' | 'after'>();
  for (const r of resources) {
    if (!r.consent) continue;
    timing.set(r.url, r.consent);
    timing.set(r.finalUrl, r.consent);
  }
  if (timing.size === 0) return;
  for (const c of [...report.criteria, ...report.packs.flatMap((p) => p.criteria)]) {
    for (const e of c.findings.flatMap((f) => f.evidence)) {
      const t = timing.get(e.url);
      if (t) e.consent = t;
    }
  }
}
