// The XML reader of sitemaps (htmlparser2, XML mode): the cases a regular expression got wrong or nearly wrong.
import { describe, expect, it } from 'vitest';
import { parseSitemap } from './sitemaps.js';

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
