// Serves the fixture council websites (fixtures/sites/<slug>/site) on 127.0.0.1 for tests and the demo.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export interface ExpectedVerdicts {
  name: string;
  description: string;
  verdicts: Record<string, string>;
  why: Record<string, string>;
  advisories: string[];
}

export interface FixtureSite {
  slug: string;
  /** the fixture folder (holds site/, documents/, expected.json, headers.json, redirects.json) */
  dir: string;
  expected: ExpectedVerdicts;
}

export interface ServedSite {
  slug: string;
  /** http://127.0.0.1:PORT/ */
  url: string;
  close(): Promise<void>;
}

/** Per-path header overrides, e.g. { "/x.aspx": { "content-type": "application/octet-stream" } }. */
export type HeaderOverrides = Record<string, Record<string, string>>;
/** Per-path 301 targets: a root-relative path (in-site) or an absolute URL (off-site). */
export type Redirects = Record<string, string>;

export interface ServeOptions {
  headers?: HeaderOverrides;
  redirects?: Redirects;
  /** used as ServedSite.slug; defaults to the parent folder name of siteDir */
  slug?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Files whose text may contain __ORIGIN__, replaced by the served origin (sitemaps need absolute URLs). */
const ORIGIN_TOKEN = '__ORIGIN__';
const ORIGIN_EXTENSIONS = new Set(['.xml', '.txt']);

/** Walks up from this module to the package root, so it works from src/ (vitest) and dist/ (built). */
function defaultSitesRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'fixtures', 'sites');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('fixtures/sites not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function readJson<T>(file: string): T | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : undefined;
}

export function listFixtureSites(root: string = defaultSitesRoot()): FixtureSite[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, 'expected.json')))
    .map((e) => e.name)
    .sort()
    .map((slug) => {
      const dir = path.join(root, slug);
      return { slug, dir, expected: readJson<ExpectedVerdicts>(path.join(dir, 'expected.json')) as ExpectedVerdicts };
    });
}

/** Maps a URL path to a file under root, or undefined when it escapes root or does not exist. */
export function resolveSitePath(root: string, urlPath: string): { file: string; isDir: boolean } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootResolved = path.resolve(root);
  // normalize('/'+p) already removes leading "..", but check again against symlink-free prefix.
  if (target !== rootResolved && !target.startsWith(rootResolved + path.sep)) return undefined;
  if (!fs.existsSync(target)) return undefined;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? { file: index, isDir: true } : undefined;
  }
  return stat.isFile() ? { file: target, isDir: false } : undefined;
}

const NOT_FOUND_PAGE =
  '<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Page not found</title></head>' +
  '<body><main><h1>Page not found</h1><p>We could not find that page. <a href="/">Go to the home page</a>.</p></main></body></html>\n';

export function serveSite(siteDir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const root = path.resolve(siteDir);
  const headerOverrides = options.headers ?? {};
  const redirects = options.redirects ?? {};
  const slug = options.slug ?? path.basename(path.dirname(root));
  let origin = '';

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://fixture.local').pathname;
    const send = (status: number, headers: Record<string, string>, body: Buffer | string) => {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-length': String(buf.length), ...headers });
      res.end(method === 'HEAD' ? undefined : buf);
    };

    const redirect = redirects[pathname];
    if (redirect !== undefined) {
      send(301, { location: redirect, 'content-type': 'text/plain; charset=utf-8' }, `Moved to ${redirect}\n`);
      return;
    }
    const found = resolveSitePath(root, pathname);
    if (!found) {
      send(404, { 'content-type': 'text/html; charset=utf-8' }, NOT_FOUND_PAGE);
      return;
    }
    // A directory without its trailing slash would break relative links: redirect like real servers do.
    if (found.isDir && !pathname.endsWith('/')) {
      send(301, { location: pathname + '/', 'content-type': 'text/plain; charset=utf-8' }, 'Moved\n');
      return;
    }
    const ext = path.extname(found.file).toLowerCase();
    let body: Buffer = fs.readFileSync(found.file);
    if (ORIGIN_EXTENSIONS.has(ext)) body = Buffer.from(body.toString('utf8').split(ORIGIN_TOKEN).join(origin));
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      ...(headerOverrides[pathname] ?? {}),
    };
    send(200, headers, body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        slug,
        url: origin + '/',
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}

export function serveFixture(site: FixtureSite): Promise<ServedSite> {
  return serveSite(path.join(site.dir, 'site'), {
    slug: site.slug,
    headers: readJson<HeaderOverrides>(path.join(site.dir, 'headers.json')),
    redirects: readJson<Redirects>(path.join(site.dir, 'redirects.json')),
  });
}
