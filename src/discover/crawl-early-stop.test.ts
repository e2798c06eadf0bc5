// The crawl's early stop, with a scripted site and a scripted "what did this page add" (the
// pipeline's evidence watcher is tested through the generated councils in test/crawl).
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, FetchedResource } from '../core/index.js';
import { createMemoryBodyStore, type HttpClient, type HttpResponse } from '../fetch/index.js';
import { crawlSite } from './crawl-site.js';
import { compileFocus } from './score-link.js';
import type { CrawlOptions, EvidenceSignal } from './crawl-types.js';

const origin = 'https://www.example.gov.uk';
const clock = { now: () => new Date('2025-03-01T10:00:00Z'), sleep: async () => undefined };

/** A site from path -> the paths it links to; every page's body is unique (no duplicate skips). */
function site(links: Record<string, string[]>): HttpClient {
  return {
    async get(url): Promise<HttpResponse> {
      const path = new URL(url).pathname;
      const to = links[path];
      if (!to) return { url, finalUrl: url, status: 404, headers: {}, body: Buffer.from(''), redirects: [] };
      const body = `<html><p>${path}</p>${to.map((p) => `<a href="${p}">x</a>`).join('')}</html>`;
      return { url, finalUrl: url, status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(body), redirects: [] };
    },
  };
}

async function extract(resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> {
  const text = body.toString();
  return {
    url: resource.finalUrl, title: '', kind: resource.kind, contentHash: resource.contentHash, fetchedAt: resource.fetchedAt,
    fetchedWith: resource.fetchedWith, blocks: [], text, wordCount: 0, breadcrumb: [], looksScriptBuilt: false,
    links: [...text.matchAll(/href="([^"]+)"/g)].map((m) => ({ url: new URL(m[1]!, resource.finalUrl).href, text: '', context: '' })),
  };
}

/** Evidence on these paths: each one read is a change; nothing is ever settled. */
function evidenceAt(paths: string[]): (r: FetchedResource) => EvidenceSignal {
  return (r) => {
    const hit = paths.includes(new URL(r.url).pathname);
    return { changed: hit, matched: hit, settled: false };
  };
}

const many = (n: number, prefix = '/p'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const pagesOf = (paths: string[], links: (p: string) => string[] = () => []): Record<string, string[]> => Object.fromEntries(paths.map((p) => [p, links(p)]));
const options: CrawlOptions = { startUrl: `${origin}/`, maxPages: 200, patience: 10, delayMs: 0, userAgent: 'atr-audit/0.0.0', render: 'never' };
const fetchedPaths = (r: Awaited<ReturnType<typeof crawlSite>>): string[] => r.resources.map((x) => new URL(x.url).pathname);

describe('early stopping', () => {
  it('stops once `patience` pages after the last evidence added nothing, and says so (not as a budget run-out)', async () => {
    const http = site({ '/': ['/records', ...many(80)], '/records': [], ...pagesOf(many(80)) });
    const result = await crawlSite(options, { http, bodies: createMemoryBodyStore(), clock, extract, onDocument: evidenceAt(['/records']) });
    expect(result.stoppedEarly).toEqual({ pagesFetched: 12, quietPages: 10, patience: 10 });
    expect(result.resources).toHaveLength(12);
    expect(result.sources.filter((s) => s.reason === 'stopped-early').length).toBe(70);
    expect(result.unvisited).toEqual([]);
  });

  it('does not stop on a site whose evidence is deep: a crawl that found nothing spends its budget', async () => {
    const links = { '/': many(80), ...pagesOf(many(80), (p) => (p === '/p80' ? ['/deep/1'] : [])), '/deep/1': ['/deep/2'], '/deep/2': ['/deep/records'], '/deep/records': [] };
    const result = await crawlSite(options, { http: site(links), bodies: createMemoryBodyStore(), clock, extract, onDocument: evidenceAt(['/deep/records']) });
    expect(fetchedPaths(result)).toContain('/deep/records');
    // Everything was read: the site is smaller than the budget, and nothing let the crawl stop before its evidence.
    expect(result.resources).toHaveLength(84);
    expect(result.stoppedEarly).toBeUndefined();
  });

  it('reads the pages beside evidence before it stops, however dull their links', async () => {
    const links = { '/': ['/help/records', ...many(60)], '/help/records': ['/help/records/part-a', '/help/records/part-b'], '/help/records/part-a': [], '/help/records/part-b': [], ...pagesOf(many(60)) };
    const onDocument = evidenceAt(['/help/records', '/help/records/part-b']);
    // No link's words match (every score 0): the parts come up next only as neighbours of evidence.
    const focus = compileFocus({ follow: { 'words on no page': 3 }, followFor: {}, avoid: {} });
    const result = await crawlSite({ ...options, focus }, { http: site(links), bodies: createMemoryBodyStore(), clock, extract, onDocument });
    // The home page's sweep (its first 30 links) comes first; then the parts, before any other page.
    const order = fetchedPaths(result);
    expect(order.indexOf('/help/records/part-b')).toBeLessThan(order.indexOf('/p30'));
    expect(order.indexOf('/help/records/part-a')).toBeLessThan(order.indexOf('/p30'));
    expect(result.stoppedEarly).toMatchObject({ quietPages: 10 });
    // Without a watcher's bonus to lean on, the parts wait behind every other page but still stop nothing early.
    const blind = await crawlSite(options, { http: site(links), bodies: createMemoryBodyStore(), clock, extract, onDocument });
    expect(fetchedPaths(blind)).toEqual(expect.arrayContaining(['/help/records/part-a', '/help/records/part-b']));
  });

  it('never stops early without --patience or without a watcher', async () => {
    const http = site({ '/': ['/records', ...many(80)], '/records': [], ...pagesOf(many(80)) });
    const off = await crawlSite({ ...options, patience: 0 }, { http, bodies: createMemoryBodyStore(), clock, extract, onDocument: evidenceAt(['/records']) });
    const blind = await crawlSite(options, { http, bodies: createMemoryBodyStore(), clock, extract });
    expect(off.resources).toHaveLength(82);
    expect(blind.resources).toHaveLength(82);
  });
});
