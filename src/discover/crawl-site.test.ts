import { compileFocus } from './score-link.js';
import { loadPack } from '../rules/index.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument, FetchedResource, OutLink } from '../core/index.js';
import { createMemoryBodyStore } from '../fetch/index.js';
import { crawlSite } from './crawl-site.js';
import type { CrawlOptions } from './crawl-types.js';

// The crawl reads links with the clearmark pack's focus words, as an audit with that pack does.
const CLEARMARK_FOCUS = compileFocus(loadPack('clearmark').def.focus);
import { countSources } from './ledger.js';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';

// ---------- a fake clock: sleeps advance time instantly, so politeness is checked without waiting ----------
function fakeClock() {
  let t = Date.parse('2025-03-01T10:00:00Z');
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(t),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

// ---------- a tiny extract stand-in: <a href> by regex, the nearest <h2> as context ----------
async function fakeExtract(resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> {
  const text = body.toString('utf8');
  if (resource.kind === 'pdf' && text.includes('BROKEN')) throw new Error('bad xref table');
  const links: OutLink[] = [];
  let context = '';
  for (const m of text.matchAll(/<h2>(.*?)<\/h2>|<a\s+href="([^"]*)"\s*>(.*?)<\/a>/g)) {
    if (m[1] !== undefined) context = m[1];
    else links.push({ url: new URL(m[2]!, resource.finalUrl).href, text: m[3] ?? '', context });
  }
  return {
    url: resource.finalUrl,
    title: /<title>(.*?)<\/title>/.exec(text)?.[1] ?? '',
    kind: resource.kind,
    contentHash: resource.contentHash,
    fetchedAt: resource.fetchedAt,
    fetchedWith: resource.fetchedWith,
    blocks: [],
    text,
    wordCount: 0,
    links,
    breadcrumb: [],
    looksScriptBuilt: text.includes('<div id="app"></div>'),
  };
}

// ---------- the test site ----------
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

let main: Server;
let offsite: Server;
let base = '';
let offBase = '';
let clock = fakeClock();
/** path and fake time of every request the main site saw, in order */
let hits: { path: string; at: number }[] = [];
let busyCount = 0;

function routes(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push({ path, at: clock.now().getTime() });
  const html = (body: string, status = 200): void => void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  switch (path) {
    case '/robots.txt':
      return void res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`User-agent: *\nDisallow: /private\nCrawl-delay: 1\nSitemap: ${base}/sitemap-index.xml\n`);
    case '/sitemap-index.xml':
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><sitemapindex><sitemap><loc>${base}/sitemaps/pages.xml</loc></sitemap></sitemapindex>`);
    case '/sitemaps/pages.xml':
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<urlset><url><loc>${base}/care-leavers/local-offer</loc></url><url><loc>${base}/from-sitemap-only/</loc></url>` +
            `<url><loc>${base}/council-tax</loc></url></urlset>`,
        );
    case '/':
      return html(
        page(
          'Home | Test Borough Council',
          `<h2>Popular</h2><a href="/council-tax">Council tax</a><a href="/logo.png">Logo</a><a href="mailto:help@example.org">Email</a>` +
            `<h2>Children and families</h2><a href="/care-leavers">Care leavers</a><a href="/care-leavers#top">Care leavers again</a>` +
            `<a href="/private/secret">Staff area</a><a href="/moved">Old page</a><a href="/gone">Missing page</a>` +
            `<a href="/busy">Busy page</a><a href="/always-busy">Overloaded page</a><a href="/leaflet.aspx?id=7&utm_source=x">Care records leaflet</a>` +
            `<a href="/broken.pdf">Broken leaflet</a><a href="/photo">Photo</a><a href="/old-records">Old records page</a>` +
            `<a href="/slow">Slow page</a><a href="/huge">Huge page</a><a href="${offBase}/elsewhere">Partner site</a>`,
        ),
      );
    case '/care-leavers':
      return html(page('Care leavers', `<h2>Care leavers</h2><a href="/care-leavers/records">Your care records</a><a href="/care-leavers/local-offer/">Local offer</a>`));
    case '/care-leavers/records':
      return html(page('Your care records', '<div id="app"></div><script src="/app.js"></script>'));
    case '/care-leavers/local-offer':
    case '/from-sitemap-only':
    case '/council-tax':
    case '/records-moved':
      return html(page(path, `<p>${path}</p>`));
    case '/private/secret':
      return html(page('secret', 'should never be fetched'));
    case '/moved':
      return void res.writeHead(302, { location: `${offBase}/new-home` }).end();
    case '/old-records':
      return void res.writeHead(301, { location: '/records-moved' }).end();
    case '/busy':
      busyCount++;
      if (busyCount === 1) return void res.writeHead(429, { 'retry-after': '1' }).end();
      return html(page('Busy', '<p>served at last</p>'));
    case '/always-busy':
      return void res.writeHead(503, { 'retry-after': '1' }).end();
    case '/leaflet.aspx?id=7':
      return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('%PDF-1.4\n%fake but sniffable\n%%EOF');
    case '/broken.pdf':
      return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 BROKEN');
    case '/photo':
      return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    case '/slow':
      return; // never answers: the crawl's timeout ends it
    case '/huge':
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(300_000, 'a'));
    default:
      return html(page('Not found', 'nothing here'), 404);
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  main = createServer(routes);
  offsite = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('Partner', '')));
  base = await listen(main);
  offBase = await listen(offsite);
});

afterAll(async () => {
  for (const s of [main, offsite]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

function options(overrides: Partial<CrawlOptions> = {}): CrawlOptions {
  return { startUrl: `${base}/`, maxPages: 100, delayMs: 0, userAgent: 'atr-audit/0.0.0-test', render: 'auto', timeoutMs: 1500, maxBytes: 100_000, focus: CLEARMARK_FOCUS, ...overrides };
}

function reset(): void {
  clock = fakeClock();
  hits = [];
  busyCount = 0;
}

describe('crawlSite on a small local site', () => {
  it('records every discovered URL once, with the right outcome, and politely', async () => {
    reset();
    const bodies = createMemoryBodyStore();
    const progress: number[] = [];
    const result = await crawlSite(options({ onProgress: (e) => progress.push(e.fetched) }), {
      http: loopbackHttp(),
      bodies,
      clock,
      extract: fakeExtract,
    });

    const byUrl = new Map(result.sources.map((s) => [s.url, s]));
    const outcome = (path: string) => {
      const row = byUrl.get(path.startsWith('http') ? path : `${base}${path}`);
      return row ? `${row.outcome}${row.reason ? `:${row.reason}` : ''}` : 'missing';
    };
    expect(Object.fromEntries(result.sources.map((s) => [s.url.replace(base, '').replace(offBase, 'OFF'), outcome(s.url)]))).toEqual({
      '/': 'assessed',
      '/care-leavers': 'assessed',
      '/care-leavers/records': 'assessed',
      '/care-leavers/local-offer': 'assessed',
      '/from-sitemap-only': 'assessed',
      '/council-tax': 'assessed',
      '/busy': 'assessed',
      '/leaflet.aspx?id=7': 'assessed',
      '/old-records': 'assessed',
      '/private/secret': 'skipped:robots',
      '/moved': 'skipped:redirect-off-site',
      '/gone': 'failed:http-404',
      '/always-busy': 'failed:http-503',
      '/broken.pdf': 'failed:parse-error',
      '/photo': 'skipped:not-a-document',
      '/logo.png': 'skipped:not-a-document',
      '/slow': 'failed:timeout',
      '/huge': 'failed:too-large',
      'OFF/elsewhere': 'skipped:off-site',
    });

    // The ledger adds up and is sorted.
    const counts = countSources(result.sources);
    expect(counts.discovered).toBe(counts.assessed + counts.failed + counts.skipped);
    expect(counts).toMatchObject({ discovered: 19, assessed: 9 });
    expect(result.sources.map((s) => s.url)).toEqual([...result.sources.map((s) => s.url)].sort());
    expect(new Set(result.sources.map((s) => s.url)).size).toBe(result.sources.length);

    // Assessed rows carry what rescore needs, and the bodies are stored.
    const leaflet = byUrl.get(`${base}/leaflet.aspx?id=7`)!;
    expect(leaflet).toMatchObject({ kind: 'pdf', status: 200, fetchedWith: 'http', depth: 1 });
    expect((await bodies.get(leaflet.contentHash!)).toString()).toContain('%PDF-1.4');
    expect(byUrl.get(`${base}/old-records`)).toMatchObject({ finalUrl: `${base}/records-moved`, kind: 'html' });
    expect(byUrl.get(`${base}/moved`)).toMatchObject({ finalUrl: `${offBase}/new-home`, status: 302 });
    expect(result.resources).toHaveLength(9);
    expect(result.resources[0]).toMatchObject({ url: `${base}/`, depth: 0, relevance: 0 });
    expect(result.resources.find((r) => r.url === `${base}/care-leavers/records`)).toMatchObject({ anchorText: 'Your care records', depth: 2 });
    expect(result.siteName).toBe('Test Borough Council');

    // Problems are data.
    const problemKinds = result.problems.map((p) => `${p.kind} ${p.url.replace(base, '')}`).sort();
    expect(problemKinds).toEqual([
      'blocked-by-robots /private/secret',
      'http-error /always-busy',
      'http-error /gone',
      'parse-error /broken.pdf',
      'render-unavailable /care-leavers/records',
      'timeout /slow',
      'too-large /huge',
    ]);
    expect(result.problems.find((p) => p.kind === 'render-unavailable')!.message).toMatch(/no browser available/);

    // Never requested: robots-disallowed, obvious non-documents, off-site targets.
    const paths = hits.map((h) => h.path);
    expect(paths).not.toContain('/private/secret');
    expect(paths).not.toContain('/logo.png');
    expect(paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(paths).toContain('/sitemaps/pages.xml');
    // 429 retried once after Retry-After; 503 tried 1 + 2 retries.
    expect(paths.filter((p) => p === '/busy')).toHaveLength(2);
    expect(paths.filter((p) => p === '/always-busy')).toHaveLength(3);
    const busy = hits.filter((h) => h.path === '/busy');
    expect(busy[1]!.at - busy[0]!.at).toBeGreaterThanOrEqual(1000);
    // Crawl-delay: 1 is kept between every request after robots.txt was read (fake time).
    for (let i = 2; i < hits.length; i++) expect(hits[i]!.at - hits[i - 1]!.at).toBeGreaterThanOrEqual(1000);

    // Best-first: the care leavers pages come before council tax.
    const order = result.resources.map((r) => r.url.replace(base, ''));
    expect(order.indexOf('/care-leavers')).toBeLessThan(order.indexOf('/council-tax'));
    expect(order.indexOf('/care-leavers/records')).toBeLessThan(order.indexOf('/council-tax'));
    expect(progress.at(-1)).toBe(16); // every fetch attempt counts against the budget, robots and sitemaps do not
  });

  it('cuts off at the budget, spending it on the best links, and says so in the ledger', async () => {
    reset();
    const result = await crawlSite(options({ maxPages: 3, render: 'never' }), {
      http: loopbackHttp(),
      bodies: createMemoryBodyStore(),
      clock,
      extract: fakeExtract,
    });
    const fetched = result.sources.filter((s) => s.outcome !== 'skipped' || s.reason === 'redirect-off-site');
    expect(fetched).toHaveLength(3);
    const assessed = result.resources.map((r) => r.url.replace(base, ''));
    expect(assessed).toEqual(['/', '/care-leavers', '/care-leavers/records']);
    const budget = result.sources.filter((s) => s.reason === 'budget').map((s) => s.url.replace(base, ''));
    expect(budget).toContain('/council-tax');
    expect(budget).toContain('/from-sitemap-only');
    const counts = countSources(result.sources);
    expect(counts.discovered).toBe(counts.assessed + counts.failed + counts.skipped);
    expect(result.problems.find((p) => p.kind === 'render-unavailable')!.message).toMatch(/turned off/);
  });

  it('returns zero assessed (not a throw) when the start page fails', async () => {
    reset();
    const result = await crawlSite(options({ startUrl: `${base}/gone` }), {
      http: loopbackHttp(),
      bodies: createMemoryBodyStore(),
      clock,
      extract: fakeExtract,
    });
    expect(result.resources).toHaveLength(0);
    expect(result.sources.find((s) => s.url === `${base}/gone`)).toMatchObject({ outcome: 'failed', reason: 'http-404' });
  });
});
