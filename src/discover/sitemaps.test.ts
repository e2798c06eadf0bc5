// The XML reader of sitemaps (htmlparser2, XML mode): the cases a regular expression got wrong or nearly wrong.
import { describe, expect, it } from 'vitest';
import type { PoliteRequester } from './polite-requester.js';
import { MAX_SITEMAP_FILES, parseSitemap, readSitemaps } from './sitemaps.js';

describe('parseSitemap', () => {
  it('reads prefixed elements, CDATA and character references', () => {
    const xml = `<?xml version="1.0"?><sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sm:url><sm:loc><![CDATA[https://a.uk/p?x=1&y=2]]></sm:loc></sm:url>
      <sm:url><sm:loc>https://a.uk/caf&#233;/&#x31;</sm:loc></sm:url>
    </sm:urlset>`;
    expect(parseSitemap(xml)).toEqual({ kind: 'urlset', locs: ['https://a.uk/p?x=1&y=2', 'https://a.uk/café/1'] });
  });

  it('ignores a commented-out entry', () => {
    const xml = '<urlset><!-- <url><loc>https://a.uk/old</loc></url> --><url><loc>https://a.uk/new</loc></url></urlset>';
    expect(parseSitemap(xml).locs).toEqual(['https://a.uk/new']);
  });

  it('takes its kind from the root element, not from a word further on', () => {
    expect(parseSitemap('<urlset><url><loc>https://a.uk/sitemapindex</loc></url></urlset>').kind).toBe('urlset');
    expect(parseSitemap('<html><body><p>&lt;urlset&gt; not found</p></body></html>')).toEqual({ kind: 'unknown', locs: [] });
  });

  it('reads what it can of a truncated file, without the cut-off address', () => {
    expect(parseSitemap('<urlset><url><loc>https://a.uk/1</loc></url><url><loc>https://a.u').locs).toEqual(['https://a.uk/1']);
  });
});

describe('readSitemaps', () => {
  const ORIGIN = 'https://council.example';
  const serve = (files: Record<string, string>) =>
    ({
      get: async (url: string) => ({ status: files[url] ? 200 : 404, body: Buffer.from(files[url] ?? ''), finalUrl: url, headers: {} }),
    }) as unknown as PoliteRequester;
  const urlset = (paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join('')}</urlset>`;

  it('reads an index best-ranked file first, so the file limit drops the least promising files', async () => {
    const children = Array.from({ length: MAX_SITEMAP_FILES + 10 }, (_, i) => `${ORIGIN}/sitemap-news-${i}.xml`);
    children.push(`${ORIGIN}/sitemap-children-and-families.xml`);
    const files: Record<string, string> = {
      [`${ORIGIN}/sitemap.xml`]: `<sitemapindex>${children.map((c) => `<sitemap><loc>${c}</loc></sitemap>`).join('')}</sitemapindex>`,
      [`${ORIGIN}/sitemap-children-and-families.xml`]: urlset(['/children/records']),
    };
    children.slice(0, -1).forEach((c, i) => (files[c] = urlset([`/news/${i}`])));
    const rank = (url: string) => (url.includes('children') ? 5 : 0);
    const r = await readSitemaps([{ url: `${ORIGIN}/sitemap.xml`, explicit: true }], serve(files), () => true, rank);
    expect(r.pageUrls[0]).toBe(`${ORIGIN}/children/records`);
    expect(r.filesRead).toBe(MAX_SITEMAP_FILES);
    expect(r.filesLeft).toBe(children.length - (MAX_SITEMAP_FILES - 1));
    // without a ranking the listed order decides, and the last file is never reached
    const plain = await readSitemaps([{ url: `${ORIGIN}/sitemap.xml`, explicit: true }], serve(files), () => true);
    expect(plain.pageUrls).not.toContain(`${ORIGIN}/children/records`);
  });

  it('keeps every address of a large single sitemap (20,000 pages), up to the protocol limit', async () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `/p/${i}`);
    const r = await readSitemaps([{ url: `${ORIGIN}/sitemap.xml`, explicit: false }], serve({ [`${ORIGIN}/sitemap.xml`]: urlset(paths) }), () => true);
    expect(r.pageUrls).toHaveLength(20_000);
    expect(r.filesLeft).toBe(0);
  });
});
