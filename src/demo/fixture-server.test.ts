import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtureSites, resolveSitePath, serveFixture, serveSite, type ServedSite } from './fixture-server.js';

/** Raw request so the path is sent exactly as written (fetch would normalise "../"). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('listFixtureSites', () => {
  it('finds the fixture sites with their expected verdicts', () => {
    const sites = listFixtureSites();
    const slugs = sites.map((s) => s.slug);
    expect(slugs).toContain('exemplary');
    expect(slugs).toContain('pdf-policy-only');
    expect(sites.find((s) => s.slug === 'exemplary')?.expected.verdicts.C1).toBe('met');
  });
});

describe('serveFixture', () => {
  let pdfSite: ServedSite;
  let partialSite: ServedSite;
  let exemplarySite: ServedSite;

  beforeAll(async () => {
    const sites = listFixtureSites();
    const get = (slug: string) => sites.find((s) => s.slug === slug)!;
    [pdfSite, partialSite, exemplarySite] = await Promise.all([
      serveFixture(get('pdf-policy-only')),
      serveFixture(get('typical-partial')),
      serveFixture(get('exemplary')),
    ]);
  });
  afterAll(async () => {
    await Promise.all([pdfSite, partialSite, exemplarySite].filter(Boolean).map((s) => s.close()));
  });

  it('binds to 127.0.0.1 on an ephemeral port', () => {
    expect(pdfSite.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(pdfSite.slug).toBe('pdf-policy-only');
  });

  it('serves the home page and directory index pages as HTML', async () => {
    const home = await fetch(pdfSite.url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(await home.text()).toContain('<main');
    const hub = await fetch(new URL('/children-and-families/', pdfSite.url));
    expect(hub.status).toBe(200);
    expect(await hub.text()).toContain('Children and families');
  });

  it('redirects a directory without its trailing slash', async () => {
    const res = await fetch(new URL('/children-and-families', pdfSite.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/children-and-families/');
  });

  it('applies the headers.json override: a PDF at an .aspx path sent as octet-stream', async () => {
    const res = await fetch(new URL('/downloads/access-to-care-records-policy.aspx', pdfSite.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('serves in-site and off-site redirects from redirects.json without following them', async () => {
    const inSite = await fetch(new URL('/care-records', exemplarySite.url), { redirect: 'manual' });
    expect(inSite.status).toBe(301);
    expect(inSite.headers.get('location')).toBe('/children-and-families/care-leavers/your-care-records.html');
    const offSite = await fetch(new URL('/old-site', partialSite.url), { redirect: 'manual' });
    expect(offSite.status).toBe(301);
    expect(offSite.headers.get('location')).toBe('http://example.invalid/');
  });

  it('returns a 404 page for missing paths', async () => {
    const res = await fetch(new URL('/no/such/page.html', pdfSite.url));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await fetch(new URL('/robots.txt', pdfSite.url), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toBe('');
  });

  it('fills the __ORIGIN__ token of sitemaps and robots.txt with the served origin', async () => {
    const robots = await (await fetch(new URL('/robots.txt', exemplarySite.url))).text();
    expect(robots).toContain(`Sitemap: ${exemplarySite.url}sitemap.xml`);
    const sitemap = await (await fetch(new URL('/sitemap.xml', exemplarySite.url))).text();
    expect(sitemap).toContain(`<loc>${exemplarySite.url}children-and-families/care-leavers/</loc>`);
    expect(sitemap).not.toContain('__ORIGIN__');
  });

  it('blocks path traversal outside the site root', async () => {
    // expected.json sits one level above site/: it must never be reachable.
    for (const attempt of ['/../expected.json', '/..%2fexpected.json', '/%2e%2e/%2e%2e/expected.json', '/docs/..%2f..%2f..%2fexpected.json']) {
      const res = await rawGet(pdfSite.url, attempt);
      expect(res.status, attempt).toBe(404);
      expect(res.body, attempt).not.toContain('"verdicts"');
    }
  });
});

describe('resolveSitePath', () => {
  const root = path.join(listFixtureSites().find((s) => s.slug === 'exemplary')!.dir, 'site');
  it('maps paths inside the root and refuses ones outside', () => {
    expect(resolveSitePath(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveSitePath(root, '/..%2fexpected.json')).toBeUndefined();
    expect(resolveSitePath(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('serveSite', () => {
  it('serves any folder with explicit options and closes cleanly', async () => {
    const root = path.join(listFixtureSites().find((s) => s.slug === 'nothing')!.dir, 'site');
    const served = await serveSite(root, { redirects: { '/x': '/' }, headers: { '/': { 'x-test': 'yes' } } });
    try {
      const res = await fetch(served.url);
      expect(res.headers.get('x-test')).toBe('yes');
      expect((await fetch(new URL('/x', served.url), { redirect: 'manual' })).status).toBe(301);
      expect(served.slug).toBe('nothing');
    } finally {
      await served.close();
    }
  });
});
