// The browser keeps the crawl's politeness: it loads nothing from other sites or from paths
// robots.txt disallows, follows no redirect off the site, keeps --delay between page loads to one
// origin (render and screenshot), and stores what it read as UTF-8. Real Chromium, local servers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlResult } from '../../src/discover/index.js';
import { extractResource } from '../../src/extract/index.js';
import { createBrowserRenderer, createMemoryBodyStore, resolveBrowser, type BodyStore, type PageRenderer } from '../../src/fetch/index.js';
import { chromium, clock } from './helpers.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const DELAY_MS = 700;
const TOLERANCE_MS = 50;
const BROWSER_UA = 'atr-audit-test-browser';
/** a browser request for a page (not one of its scripts or pictures) */
const isNavigation = (h: Hit): boolean => h.by === 'browser' && (h.path === '/' || h.path.endsWith('.html'));

interface Hit {
  path: string;
  at: number;
  /** who asked: the crawl's HTTP client or the browser (told apart by user agent here) */
  by: 'http' | 'browser';
}

function recordingServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; hits: Hit[]; origin: string }> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    hits.push({ path: req.url ?? '', at: Date.now(), by: req.headers['user-agent'] === BROWSER_UA ? 'browser' : 'http' });
    handle(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, hits, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

const html = (res: ServerResponse, body: string | Buffer, charset = 'utf-8'): void => {
  res.writeHead(200, { 'content-type': `text/html; charset=${charset}` });
  res.end(body);
};

describe.skipIf(!chromium)('the browser keeps the crawl politeness', () => {
  let site: Awaited<ReturnType<typeof recordingServer>>;
  let offsite: Awaited<ReturnType<typeof recordingServer>>;
  let renderer: PageRenderer;
  let bodies: BodyStore;
  let crawl: CrawlResult;
  let crawlEnd = 0;
  let flakyServed = 0;

  beforeAll(async () => {
    offsite = await recordingServer((_req, res) => html(res, '<p>elsewhere</p>'));
    const tracker = `${offsite.origin}/tracker.png`;
    site = await recordingServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nDisallow: /private\n');
      }
      if (path === '/') {
        // windows-1252: 0x92 is a right single quote
        const page = `<!doctype html><html><head><title>Home</title><script src="/private/app.js"></script><script src="/site.js"></script></head><body><main><h1>Home</h1>
<p>The council\x92s records team answers requests from people who grew up in care, and this sentence is long enough to be read.</p>
<img src="${tracker}"><img src="/pic.png">
<a href="/next.html">Next</a> <a href="/flaky.html">Flaky</a> <a href="/away.html">Away</a></main></body></html>`;
        return html(res, Buffer.from(page, 'latin1'), 'windows-1252');
      }
      if (path === '/next.html') {
        return html(res, `<!doctype html><html><head><title>Next</title></head><body><main><h1>Next</h1><p>Care leavers can ask to see the files kept about their childhood at any age.</p><img src="/pic.png"><img src="${tracker}"></main></body></html>`);
      }
      if (path === '/flaky.html') {
        // The HTTP client gets the page; the browser's request (the second) is sent to another site.
        if (flakyServed++ === 0) return html(res, '<!doctype html><html><head><title>Flaky</title></head><body><main><p>A page that answers the browser with a redirect elsewhere, which must not be followed.</p></main></body></html>');
        res.writeHead(302, { location: `${offsite.origin}/landed` });
        return res.end();
      }
      if (path === '/away.html') {
        return html(res, `<!doctype html><html><head><title>Away</title></head><body><main><p>A page whose script sends the reader to another site, which must not be followed.</p></main><script>location.href = ${JSON.stringify(`${offsite.origin}/js-landed`)};</script></body></html>`);
      }
      if (path === '/site.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end('document.title = document.title;');
      }
      if (path === '/pic.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from('89504e470d0a1a0a', 'hex'));
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });

    const http = loopbackHttp();
    renderer = createBrowserRenderer({ resolution: resolveBrowser({ option: chromium }), userAgent: BROWSER_UA, http });
    bodies = createMemoryBodyStore();
    crawl = await crawlSite(
      { startUrl: `${site.origin}/`, maxPages: 10, delayMs: DELAY_MS, userAgent: 'atr-audit-test', render: 'always', timeoutMs: 5000 },
      { http, bodies, clock, extract: extractResource, renderer },
    );
    crawlEnd = site.hits.length;
  }, 60_000);

  afterAll(async () => {
    await renderer?.close();
    await Promise.all([site, offsite].filter(Boolean).map((s) => new Promise((r) => s.server.close(r))));
  });

  it('renders in-site pages with the browser', () => {
    const byPath = new Map(crawl.resources.map((r) => [new URL(r.url).pathname, r]));
    expect(byPath.get('/')?.fetchedWith).toBe('browser');
    expect(byPath.get('/next.html')?.fetchedWith).toBe('browser');
    expect(site.hits.some((h) => h.path === '/' && h.by === 'browser')).toBe(true);
  });

  it('never requests another site or a robots-disallowed path', () => {
    expect(offsite.hits).toEqual([]);
    expect(site.hits.filter((h) => h.path.startsWith('/private'))).toEqual([]);
    expect(site.hits.filter((h) => h.path === '/favicon.ico')).toEqual([]);
    // an in-site script the page needs is still loaded
    expect(site.hits.some((h) => h.path === '/site.js')).toBe(true);
  });

  it('skips pictures when only reading text', () => {
    expect(site.hits.slice(0, crawlEnd).filter((h) => h.path === '/pic.png')).toEqual([]);
  });

  it('keeps --delay between any two page-level requests to the origin (HTTP and browser alike)', () => {
    // Sub-resources share their page's slot; every page-level request (robots.txt, a page over
    // HTTP, a browser navigation) must start at least the delay after the request before it.
    const pageLevel = (h: Hit) => h.by === 'http' || isNavigation(h);
    const navigations = site.hits.filter(isNavigation);
    expect(navigations.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < crawlEnd; i++) {
      const hit = site.hits[i]!;
      if (!pageLevel(hit)) continue;
      const gap = hit.at - site.hits[i - 1]!.at;
      expect(gap, `${site.hits[i - 1]!.path} -> ${hit.path}`).toBeGreaterThanOrEqual(DELAY_MS - TOLERANCE_MS);
    }
  });

  it('does not keep what the browser was redirected to, off the site, and says so', () => {
    for (const path of ['/flaky.html', '/away.html']) {
      const resource = crawl.resources.find((r) => new URL(r.url).pathname === path);
      expect(resource?.fetchedWith, path).toBe('http');
      const problem = crawl.problems.find((p) => p.url.endsWith(path) && p.kind === 'http-error');
      expect(problem?.message, path).toContain(offsite.origin);
      expect(problem?.message).toContain('kept as served over HTTP');
    }
  });

  it('stores the rendered page as UTF-8, so quotes survive a windows-1252 server', async () => {
    const home = crawl.resources.find((r) => new URL(r.url).pathname === '/')!;
    expect(home.contentType).toBe('text/html; charset=utf-8');
    const doc = await extractResource(home, (await bodies.get(home.contentHash))!);
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('council\u2019s records team');
    expect(text).not.toContain('\u00e2\u0080\u0099');
  });

  it('screenshots keep the gap too, and load only in-site pictures', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atr-polite-'));
    const before = site.hits.length;
    expect(await renderer.screenshot(`${site.origin}/next.html`, 'ask to see the files', join(out, 'a.png'), 'evidence')).toBe(true);
    expect(await renderer.screenshot(`${site.origin}/`, 'records team answers', join(out, 'b.png'), 'evidence')).toBe(true);
    const shots = site.hits.slice(before);
    const docs = shots.filter(isNavigation);
    expect(docs.map((h) => h.path)).toEqual(['/next.html', '/']);
    expect(docs[0]!.at - site.hits[before - 1]!.at).toBeGreaterThanOrEqual(DELAY_MS - TOLERANCE_MS);
    const lastOfFirst = shots.filter((h) => h.at < docs[1]!.at).at(-1)!;
    expect(docs[1]!.at - lastOfFirst.at).toBeGreaterThanOrEqual(DELAY_MS - TOLERANCE_MS);
    expect(shots.some((h) => h.path === '/pic.png')).toBe(true);
    expect(offsite.hits).toEqual([]);
    expect(shots.filter((h) => h.path.startsWith('/private'))).toEqual([]);
  }, 30_000);
});
