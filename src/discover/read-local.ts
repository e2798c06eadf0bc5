import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUTPUT_DIR_NAMES, REPORT_FILE_NAMES, sha256, type FetchedResource } from '../core/index.js';
import { isUnsupportedDocument, sniffKind, type BodyStore } from '../fetch/index.js';
import { DEFAULT_MAX_BYTES, type CrawlResult } from './crawl-types.js';
import { Ledger } from './ledger.js';
import type { Clock } from './politeness.js';
import { siteNameFrom } from './site-name.js';
import { isOwnHtml, isWithin, ownOutputFolder } from './own-output.js';

/** Extensions read from a folder; files named on the command line are read (and sniffed) whatever their name. */
const DOCUMENT_EXTENSIONS: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

/** Documents a council publishes that this version cannot read: listed as skipped, with a problem. */
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.rtf': 'application/rtf',
  '.doc': 'application/msword',
};

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const OUR_FILES: readonly string[] = Object.values(REPORT_FILE_NAMES);

/** Why a skipped source was never read: our own output is not the council's. */
export const OWN_OUTPUT = 'own-output';

export interface LocalReadOptions {
  /** folders never read (the audit's --out folder); each becomes one skipped "own-output" row */
  exclude?: string[];
}

/**
 * Local files and folders (a saved static site, or a council's documents) read without a network.
 * Every document becomes an assessed resource with a file:// URL; links are not needed because a
 * folder is read whole. Our own outputs (report folders, batch folders, saved crawls, the --out
 * folder, HTML pages we generated) are never read: each is one skipped row, reason "own-output".
 */
export async function readLocalTarget(
  paths: string[],
  deps: { bodies: BodyStore; clock: Clock },
  opts: LocalReadOptions = {},
): Promise<CrawlResult> {
  const ledger = new Ledger();
  const resources: FetchedResource[] = [];
  const files: { path: string; depth: number }[] = [];
  let siteName: string | undefined;
  const exclude = (opts.exclude ?? []).map((d) => resolve(d));
  const skipOwn = (path: string, folder: boolean): void => {
    const url = pathToFileURL(path).href + (folder && !path.endsWith('/') ? '/' : '');
    if (!ledger.has(url)) ledger.skip(url, OWN_OUTPUT);
  };
  const isOwnFolder = (dir: string): boolean => exclude.some((d) => isWithin(dir, d)) || ownOutputFolder(dir) !== undefined;

  for (const given of paths) {
    const abs = resolve(given);
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      ledger.fail(pathToFileURL(abs).href, 'not-found');
      continue;
    }
    if (info.isDirectory()) {
      if (exclude.some((d) => isWithin(abs, d))) {
        skipOwn(abs, true);
        continue;
      }
      // A folder given as the target that also holds a report of ours (an earlier `--out .`):
      // read the council's files in it, never the report files and folders we wrote there.
      const rootIsOwn = ownOutputFolder(abs) !== undefined;
      await walk(abs, 0, files, (path, isDir) => {
        const ownAtRoot = rootIsOwn && dirname(path) === abs && (isDir ? (OUTPUT_DIR_NAMES as readonly string[]) : OUR_FILES).includes(basename(path));
        if (!ownAtRoot && !(isDir && isOwnFolder(path))) return false;
        skipOwn(path, isDir);
        return true;
      });
      siteName ??= await folderSiteName(abs);
    } else if (exclude.some((d) => isWithin(abs, d))) skipOwn(abs, false);
    else files.push({ path: abs, depth: 0 });
  }

  const seenUrls = new Set<string>();
  const seenHashes = new Set<string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const url = pathToFileURL(file.path).href;
    if (seenUrls.has(url) || ledger.has(url)) continue; // the same file named twice (or inside a named folder)
    seenUrls.add(url);
    const info = await stat(file.path);
    if (info.size > DEFAULT_MAX_BYTES) {
      ledger.fail(url, 'too-large', { bytes: info.size });
      ledger.problem({ url, kind: 'too-large', message: `file is over the ${DEFAULT_MAX_BYTES} byte limit` });
      continue;
    }
    const body = await readFile(file.path);
    if (isOwnHtml(body)) {
      ledger.skip(url, OWN_OUTPUT); // a report.html or index of ours copied out of its folder
      continue;
    }
    const ext = extname(file.path).toLowerCase();
    const contentType = DOCUMENT_EXTENSIONS[ext] ?? UNSUPPORTED_EXTENSIONS[ext] ?? '';
    const kind = sniffKind(contentType, body);
    if (kind === undefined) {
      if (isUnsupportedDocument(contentType, body)) {
        ledger.problem({ url, kind: 'unsupported-type', message: `a document this version cannot read${ext ? ` (${ext})` : ''}; a PDF or Word (.docx) copy would be read` });
        ledger.skip(url, 'unsupported-type');
      } else ledger.skip(url, 'not-a-document');
      continue;
    }
    const contentHash = sha256(body);
    if (seenHashes.has(contentHash)) {
      ledger.skip(url, 'duplicate', { contentHash });
      continue;
    }
    seenHashes.add(contentHash);
    await deps.bodies.put(contentHash, body);
    resources.push({
      url,
      finalUrl: url,
      status: 200,
      contentType: contentType || mediaTypeFor(kind),
      kind,
      contentHash,
      bytes: body.length,
      fetchedAt: deps.clock.now().toISOString(),
      fetchedWith: 'file',
      depth: file.depth,
      relevance: 0,
    });
    ledger.record({ url, outcome: 'assessed', finalUrl: url, status: 200, kind, fetchedWith: 'file', contentHash, bytes: body.length, depth: file.depth });
  }
  return { resources, sources: ledger.sorted(), problems: ledger.problems, siteName };
}

/** Every document file below dir; `setAside` returns true for a file or folder that must not be read. */
async function walk(dir: string, depth: number, out: { path: string; depth: number }[], setAside: (path: string, isDir: boolean) => boolean): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!setAside(full, true)) await walk(full, depth + 1, out, setAside);
    } else if (entry.isFile() && isReadCandidate(entry.name) && !setAside(full, false)) {
      out.push({ path: full, depth });
    }
  }
}

function isReadCandidate(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext in DOCUMENT_EXTENSIONS || ext in UNSUPPORTED_EXTENSIONS;
}

/** A saved site's name: og:site_name or <title> of its top index.html. */
async function folderSiteName(dir: string): Promise<string | undefined> {
  for (const name of ['index.html', 'index.htm']) {
    const html = await readFile(join(dir, name), 'utf8').catch(() => undefined);
    if (html === undefined) continue;
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
    return siteNameFrom(html, title);
  }
  return undefined;
}

function mediaTypeFor(kind: string): string {
  return kind === 'html' ? 'text/html' : kind === 'pdf' ? 'application/pdf' : kind === 'text' ? 'text/plain' : 'application/octet-stream';
}
