// Hostile input at the discover stage: gzip sitemap bombs, huge or wildcard robots.txt.
import { describe, expect, it } from 'vitest';
import { gzipSitemap } from '../../bench/lib/hostile-inputs.mjs';
import type { PoliteRequester } from './polite-requester.js';
import { MAX_SITEMAP_BYTES, decodeBody, readSitemaps } from './sitemaps.js';

const ORIGIN = 'http://127.0.0.1:9';

describe('gzipped sitemaps', () => {
  it('inflate with a cap: past it the sitemap is refused, under it it is read', () => {
    expect(decodeBody(gzipSitemap(2 * 1024 * 1024, ORIGIN), 1024 * 1024)).toBeUndefined();
    expect(decodeBody(gzipSitemap(512 * 1024, ORIGIN), 1024 * 1024)).toContain(`<loc>${ORIGIN}/a</loc>`);
  });

  it('a sitemap inflating past the sitemap limit is a recorded too-large problem', async () => {
    const body = gzipSitemap(MAX_SITEMAP_BYTES + 1024, ORIGIN);
    const requester = { get: async (url: string) => ({ status: 200, body, finalUrl: url, headers: {} }) } as unknown as PoliteRequester;
    const r = await readSitemaps([{ url: `${ORIGIN}/sitemap.xml.gz`, explicit: true }], requester, () => true);
    expect(r.pageUrls).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'too-large', url: `${ORIGIN}/sitemap.xml.gz` })]);
  });
});
