// Edge cases found in review: a council that moved to another host, a host that does not answer,
// and a care leavers' offer on a subdomain.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { extractResource } from '../extract/index.js';
import { createMemoryBodyStore } from '../fetch/index.js';
import { crawlSite } from './crawl-site.js';
import { isSameSite, siteKey } from './site.js';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: (path: string) => { status: number; headers?: Record<string, string>; body?: string }): Promise<string> {
  const server = createServer((req, res) => {
    const r = handler(req.url ?? '/');
    res.writeHead(r.status, { 'content-type': 'text/html; charset=utf-8', ...r.headers });
    res.end(r.body ?? '');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const deps = () => ({
  http: loopbackHttp(),
  bodies: createMemoryBodyStore(),
  clock: { now: () => new Date(), sleep: async () => {} },
  extract: extractResource,
});
const options = (startUrl: string) => ({ startUrl, maxPages: 20, delayMs: 0, userAgent: 'atr-audit-test', render: 'never' as const });

describe('crawl edge cases', () => {
  it('follows a home page that moved to another host, and says so', async () => {
    const moved = await serve((path) =>
      path === '/' ? { status: 200, body: '<html><head><title>New home</title></head><body><main><h1>New home</h1><p><a href="/care-leavers">Care leavers</a></p></main></body></html>' } : path === '/care-leavers' ? { status: 200, body: '<html><body><main><h1>Care leavers</h1><p>Hello.</p></main></body></html>' } : { status: 404 },
    );
    const old = await serve(() => ({ status: 301, headers: { location: `${moved}/` } }));
    const result = await crawlSite(options(`${old}/`), deps());
    const assessed = result.sources.filter((s) => s.outcome === 'assessed').map((s) => s.url);
    expect(assessed).toEqual([`${moved}/`, `${moved}/care-leavers`]);
    expect(result.sources.find((s) => s.url === `${old}/`)).toMatchObject({ outcome: 'skipped', reason: 'redirect-off-site' });
    expect(result.problems.some((p) => p.message.includes('auditing that site instead'))).toBe(true);
  });

  it('records a host that does not answer as a network failure, not a robots block', async () => {
    const port = await serve(() => ({ status: 200 })).then((u) => new URL(u).port);
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    const result = await crawlSite(options(`http://127.0.0.1:${port}/`), deps());
    expect(result.sources).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'network-error' })]);
    expect(result.problems.map((p) => p.kind)).toEqual(['network-error']);
  });

  it('treats subdomains of the start host as the same site', () => {
    const key = siteKey('https://www.harrowfield.gov.uk/');
    expect(isSameSite('https://localoffer.harrowfield.gov.uk/records', key)).toBe(true);
    expect(isSameSite('https://harrowfield.gov.uk/', key)).toBe(true);
    expect(isSameSite('https://notharrowfield.gov.uk/', key)).toBe(false);
    expect(isSameSite('https://gov.uk/', key)).toBe(false);
  });
});
