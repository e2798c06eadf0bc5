// A "public" council (127.0.0.1, named council.test) tries to lead the auditor to a "private" host
// (127.0.0.2: an intranet subdomain, or a stand-in for the cloud metadata endpoint): by its start
// page's redirect, by links, by mid-crawl redirects, through a proxy, and by a name that resolves
// one way when checked and another when connected. The stand-in must see no request at all.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite } from '../../src/discover/index.js';
import { runAudit } from '../../src/pipeline/index.js';
import { extractResource } from '../../src/extract/index.js';
import { createHttpClient, createMemoryBodyStore, isFetchError, staticLookup, type LookupFunction } from '../../src/fetch/index.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { countingServer, PRIVATE_IP, PUBLIC_IP, simulatedGuard, type CountingServer } from '../helpers/simulated-network.js';

let council: CountingServer;
let inside: CountingServer;
let names: Record<string, string>;
let base: string;
/** what the council's pages say, by path */
let pages: Record<string, { status?: number; location?: string; body?: string }> = {};

const page = (title: string, body: string): string => `<!doctype html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

beforeAll(async () => {
  council = await countingServer(PUBLIC_IP, (req, res) => {
    const p = pages[req.url ?? '/'];
    if (req.url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (!p) return void res.writeHead(404).end();
    res.writeHead(p.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...(p.location ? { location: p.location } : {}) }).end(p.body ?? '');
  });
  // same port on the "private" address, so intranet.council.test:<port> is in-site
  inside = await countingServer(PRIVATE_IP, undefined, council.port);
  names = { 'council.test': PUBLIC_IP, 'www.council.test': PUBLIC_IP, 'intranet.council.test': PRIVATE_IP, 'metadata.test': PRIVATE_IP };
  base = `http://council.test:${council.port}`;
});

afterEach(() => {
  pages = {};
  council.hits.length = 0;
  inside.hits.length = 0;
});

afterAll(async () => {
  await council.close();
  await inside.close();
});

function crawl(start: string, opts: { allowPrivate?: boolean; lookup?: LookupFunction } = {}) {
  return crawlSite(
    { startUrl: start, maxPages: 20, delayMs: 0, userAgent: 'atr-audit-test', render: 'never' },
    {
      http: createHttpClient({ addresses: simulatedGuard(names, opts) }),
      bodies: createMemoryBodyStore(),
      clock: { now: () => new Date(), sleep: async () => {} },
      extract: extractResource,
    },
  );
}

describe('a public site cannot lead the crawl to private addresses', () => {
  it('a start page redirecting to a metadata-style address on another domain is recorded, not followed', async () => {
    for (const target of [`http://metadata.test:${inside.port}/latest/meta-data/iam/security-credentials/role`, `http://${PRIVATE_IP}:${inside.port}/latest/meta-data/`]) {
      pages = { '/': { status: 302, location: target } };
      const result = await crawl(`${base}/`);
      expect(result.resources).toEqual([]);
      expect(result.sources).toEqual([expect.objectContaining({ url: `${base}/`, outcome: 'skipped', reason: 'redirect-off-site' })]);
      expect(result.problems).toEqual([expect.objectContaining({ kind: 'refused', message: expect.stringContaining('not followed') })]);
    }
    expect(inside.hits).toEqual([]);
  });

  it('a start page redirecting within its domain to a host that resolves privately is refused at the address', async () => {
    pages = { '/': { status: 301, location: `http://intranet.council.test:${inside.port}/` } };
    const result = await crawl(`${base}/`);
    expect(result.resources).toEqual([]);
    expect(result.problems.some((p) => p.kind === 'refused' && /intranet\.council\.test resolves to 127\.0\.0\.2, a loopback/.test(p.message))).toBe(true);
    expect(inside.hits).toEqual([]);
  });

  it('links and mid-crawl redirects to an in-site subdomain on a private address are refused; the rest is read', async () => {
    pages = {
      '/': { body: page('Home', `<p><a href="/care-leavers">Care leavers</a> <a href="http://intranet.council.test:${inside.port}/records">Staff records</a> <a href="/old-records">Old records</a></p>`) },
      '/care-leavers': { body: page('Care leavers', '<p>Ask for your care records.</p>') },
      '/old-records': { status: 302, location: `http://intranet.council.test:${inside.port}/moved` },
    };
    const result = await crawl(`${base}/`);
    const assessed = result.sources.filter((s) => s.outcome === 'assessed').map((s) => s.url);
    expect(assessed).toEqual([`${base}/`, `${base}/care-leavers`]);
    const refused = result.problems.filter((p) => p.kind === 'refused').map((p) => p.url);
    expect(refused).toEqual(expect.arrayContaining([`http://intranet.council.test:${inside.port}/records`, `${base}/old-records`]));
    expect(result.resources.every((r) => !r.finalUrl.includes('intranet'))).toBe(true);
    expect(inside.hits).toEqual([]);
  });

  it('a name that resolves publicly when checked and privately when connecting is refused at connect time', async () => {
    pages = { '/': { body: page('Home', '<p>Welcome.</p>') } };
    let calls = 0;
    // first answer public (the check before the request), every later answer private (the connection)
    const rebinding: LookupFunction = (host, opts, cb) => staticLookup({ [host]: calls++ === 0 ? PUBLIC_IP : PRIVATE_IP })(host, opts, cb);
    const client = createHttpClient({ addresses: simulatedGuard(names, { lookup: rebinding }) });
    const err = await client
      .get(`http://rebind.council.test:${inside.port}/`, { userAgent: 't', timeoutMs: 5000, maxBytes: 1e6, followRedirect: () => true })
      .catch((e: unknown) => e);
    expect(isFetchError(err) && err.kind).toBe('refused');
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(inside.hits).toEqual([]);
  });

  it('--allow-private lets an intranet audit reach the private host', async () => {
    pages = { '/': { body: page('Home', `<p><a href="http://intranet.council.test:${inside.port}/records">Staff records</a></p>`) } };
    const result = await crawl(`${base}/`, { allowPrivate: true });
    expect(result.problems.filter((p) => p.kind === 'refused')).toEqual([]);
    expect(inside.hits).toContain('GET /records');
  });
});

describe('the audit report', () => {
  const audit = async (allowPrivate: boolean) => {
    const out = mkdtempSync(join(tmpdir(), 'atr-guard-'));
    const { report } = await runAudit(
      { targets: [`${base}/`], outDir: out, formats: ['json', 'md'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 10, render: 'never', delayMs: 0 },
      { http: createHttpClient({ addresses: simulatedGuard(names, { allowPrivate }) }), clock: { now: () => new Date(), sleep: async () => {} }, renderer: null },
    );
    return { report, out };
  };

  it('records each refusal, says so in plain words, and keeps nothing from the private host', async () => {
    pages = { '/': { body: page('Home', `<p><a href="http://intranet.council.test:${inside.port}/care-records">Care records</a></p>`) } };
    const { report, out } = await audit(false);
    expect(report.problems).toEqual([expect.objectContaining({ url: `http://intranet.council.test:${inside.port}/care-records`, kind: 'refused' })]);
    expect(report.sources.find((s) => s.url.includes('intranet'))).toMatchObject({ outcome: 'failed', reason: 'refused' });
    expect(report.network).toBeUndefined();
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('1 address was refused');
    const stored = readdirSync(join(out, 'crawl', 'bodies')).map((f) => readFileSync(join(out, 'crawl', 'bodies', f), 'utf8'));
    expect(stored.some((b) => b.includes('instance credentials'))).toBe(false);
    expect(inside.hits).toEqual([]);
  });

  it('with --allow-private, says the audit could reach private addresses', async () => {
    pages = { '/': { body: page('Home', '<p>Welcome.</p>') } };
    const { report, out } = await audit(true);
    expect(report.network).toEqual({ allowPrivate: true });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('could be reached \\(--allow-private\\)');
  });
});

describe('through a proxy', () => {
  // A forward proxy standing in for the internet: it would happily fetch anything asked of it.
  let proxy: ForwardProxy;
  beforeAll(async () => {
    proxy = await startForwardProxy({ contentType: 'text/plain', body: 'fetched by the proxy' }, {}, PUBLIC_IP);
  });
  afterAll(() => proxy.close());

  it('checks the address before handing a request to the proxy', async () => {
    const client = createHttpClient({ addresses: simulatedGuard(names) }); // reads HTTP_PROXY here
    const get = (url: string) => client.get(url, { userAgent: 't', timeoutMs: 5000, maxBytes: 1e6, followRedirect: () => true });
    expect((await get('http://council.test/')).body.toString()).toBe('fetched by the proxy');
    for (const url of ['http://intranet.council.test/', 'http://metadata.test/latest/meta-data/', `http://${PRIVATE_IP}/`]) {
      const err = await get(url).catch((e: unknown) => e);
      expect(isFetchError(err) && err.kind, url).toBe('refused');
    }
    expect(proxy.seen.some((u) => u.includes('council.test'))).toBe(true);
    expect(proxy.seen.filter((u) => /intranet|metadata|127\.0\.0\.2/.test(u))).toEqual([]);
  });
});
