import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, FetchedResource } from '../core/index.js';
import { createMemoryBodyStore, type HttpClient, type HttpResponse } from '../fetch/index.js';
import { crawlSite } from './crawl-site.js';
import type { CrawlOptions } from './crawl-types.js';

/** A scripted web: url -> [status, headers, body]. Unknown URLs are 404. Records what was asked. */
function scriptedHttp(pages: Record<string, [number, Record<string, string>, string]>): HttpClient & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async get(url): Promise<HttpResponse> {
      asked.push(url);
      const [status, headers, body] = pages[url] ?? [404, {}, ''];
      return { url, finalUrl: url, status, headers, body: Buffer.from(body), redirects: [] };
    },
  };
}

const clock = { now: () => new Date('2025-03-01T10:00:00Z'), sleep: async () => undefined };

async function extractLinks(resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> {
  const text = body.toString();
  return {
    url: resource.finalUrl, title: '', kind: resource.kind, contentHash: resource.contentHash, fetchedAt: resource.fetchedAt,
    fetchedWith: resource.fetchedWith, blocks: [], text, wordCount: 0, breadcrumb: [], looksScriptBuilt: false,
    links: [...text.matchAll(/href="([^"]+)"/g)].map((m) => ({ url: new URL(m[1]!, resource.finalUrl).href, text: '', context: '' })),
  };
}

const html = { 'content-type': 'text/html' };
const base: CrawlOptions = { startUrl: 'https://www.example.gov.uk/', maxPages: 10, delayMs: 0, userAgent: 'atr-audit/0.0.0', render: 'auto' };

describe('crawlSite with a scripted client', () => {
  it('treats www and the bare host as one site across a redirect, reading robots.txt for each origin', async () => {
    const http = scriptedHttp({
      'https://www.example.gov.uk/': [301, { location: 'https://example.gov.uk/' }, ''],
      'https://example.gov.uk/': [200, html, '<html><a href="https://www.example.gov.uk/care-leavers">x</a><a href="https://example.gov.uk/">home</a></html>'],
      'https://www.example.gov.uk/care-leavers': [200, html, '<html>care leavers</html>'],
      'https://example.gov.uk/robots.txt': [200, { 'content-type': 'text/plain' }, 'User-agent: *\nAllow: /\n'],
    });
    const result = await crawlSite(base, { http, bodies: createMemoryBodyStore(), clock, extract: extractLinks });
    expect(result.sources).toEqual([
      expect.objectContaining({ url: 'https://www.example.gov.uk/', outcome: 'assessed', finalUrl: 'https://example.gov.uk/' }),
      expect.objectContaining({ url: 'https://www.example.gov.uk/care-leavers', outcome: 'assessed' }),
    ]);
    expect(http.asked).toContain('https://www.example.gov.uk/robots.txt');
    expect(http.asked).toContain('https://example.gov.uk/robots.txt');
    // The home page, reached by redirect, is not fetched a second time through its own link.
    expect(http.asked.filter((u) => u === 'https://example.gov.uk/')).toHaveLength(1);
  });

  it('treats a robots.txt that answers 5xx as "disallow everything" and says why', async () => {
    const http = scriptedHttp({
      'https://www.example.gov.uk/robots.txt': [500, {}, ''],
      'https://www.example.gov.uk/': [200, html, '<html></html>'],
    });
    const result = await crawlSite(base, { http, bodies: createMemoryBodyStore(), clock, extract: extractLinks });
    expect(result.resources).toHaveLength(0);
    expect(result.sources).toEqual([{ url: 'https://www.example.gov.uk/', outcome: 'skipped', reason: 'robots' }]);
    expect(result.problems[0]).toMatchObject({ kind: 'blocked-by-robots', message: expect.stringMatching(/HTTP 500/) });
    expect(http.asked).not.toContain('https://www.example.gov.uk/');
  });

  it('never crashes on a throwing extract; records parse-error instead', async () => {
    const http = scriptedHttp({ 'https://www.example.gov.uk/': [200, html, '<html></html>'] });
    const result = await crawlSite(base, {
      http, bodies: createMemoryBodyStore(), clock,
      extract: async () => { throw new Error('boom'); },
    });
    expect(result.sources).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'parse-error' })]);
    expect(result.problems).toEqual([{ url: 'https://www.example.gov.uk/', kind: 'parse-error', message: 'boom' }]);
  });
});
