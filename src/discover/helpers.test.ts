import { describe, expect, it } from 'vitest';
import { Frontier } from './frontier.js';
import { countSources } from './ledger.js';
import { isObviousNonDocument } from './non-document.js';
import { retryAfterMs } from './politeness.js';
import { parseRobots } from './robots.js';
import { cleanTitle, siteNameFrom } from './site-name.js';
import { isSameSite, siteKey } from './site.js';
import { parseSitemap } from './sitemaps.js';

describe('Frontier', () => {
  it('pops highest score first, ties in discovery order', () => {
    const f = new Frontier();
    [['a', 1], ['b', 5], ['c', 1], ['d', 5], ['e', 3], ['f', 1]].forEach(([url, score]) =>
      f.push({ url: url as string, score: score as number, depth: 1 }),
    );
    const order: string[] = [];
    for (let i = f.pop(); i; i = f.pop()) order.push(i.url);
    expect(order).toEqual(['b', 'd', 'e', 'a', 'c', 'f']);
  });
});

describe('site identity', () => {
  it('treats www and bare host (and http/https) as one site, ports as different', () => {
    const key = siteKey('https://www.example.gov.uk/');
    expect(isSameSite('http://example.gov.uk/a', key)).toBe(true);
    expect(isSameSite('https://other.gov.uk/', key)).toBe(false);
    expect(isSameSite('http://127.0.0.1:9/', siteKey('http://127.0.0.1:8/'))).toBe(false);
  });
});

describe('small parsers', () => {
  it('retryAfterMs reads seconds and HTTP dates, with a cap', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    expect(retryAfterMs('1', now)).toBe(1000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('99999', now)).toBe(60_000);
    expect(retryAfterMs(undefined, now)).toBeGreaterThan(0);
  });

  it('parseSitemap tells an index from a urlset and unescapes locs', () => {
    const index = parseSitemap('<?xml version="1.0"?><sitemapindex xmlns="x"><sitemap><loc>https://a.uk/s1.xml</loc></sitemap></sitemapindex>');
    expect(index).toEqual({ kind: 'index', locs: ['https://a.uk/s1.xml'] });
    const set = parseSitemap('<urlset><url><loc> https://a.uk/p?a=1&amp;b=2 </loc></url></urlset>');
    expect(set).toEqual({ kind: 'urlset', locs: ['https://a.uk/p?a=1&b=2'] });
  });

  it('parseRobots applies our product token and Crawl-delay', () => {
    const rules = parseRobots(
      'https://a.uk/robots.txt',
      'User-agent: atr-audit\nDisallow: /private\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\nSitemap: https://a.uk/sm.xml\n',
      'atr-audit/0.1.0 (+https://example.org)',
    );
    expect(rules.isAllowed('https://a.uk/care')).toBe(true);
    expect(rules.isAllowed('https://a.uk/private/x')).toBe(false);
    expect(rules.crawlDelayMs).toBe(2000);
    expect(rules.sitemaps).toEqual(['https://a.uk/sm.xml']);
  });

  it('skips obvious non-documents by extension only', () => {
    expect(isObviousNonDocument('https://a.uk/logo.PNG')).toBe(true);
    expect(isObviousNonDocument('https://a.uk/data.xlsx?x=1')).toBe(true);
    expect(isObviousNonDocument('https://a.uk/leaflet.pdf')).toBe(false);
    expect(isObviousNonDocument('https://a.uk/v1.2/page')).toBe(false);
  });

  it('site names come from og:site_name, else a cleaned title', () => {
    expect(siteNameFrom('<meta property="og:site_name" content="Harrowfield Council">', 'Home')).toBe('Harrowfield Council');
    expect(cleanTitle('Home | Harrowfield Council')).toBe('Harrowfield Council');
    expect(cleanTitle('Welcome to Harrowfield Council')).toBe('Harrowfield Council');
  });

  it('countSources adds up', () => {
    const c = countSources([
      { url: 'a', outcome: 'assessed' },
      { url: 'b', outcome: 'failed', reason: 'http-404' },
      { url: 'c', outcome: 'skipped', reason: 'budget' },
    ]);
    expect(c).toEqual({ discovered: 3, assessed: 1, failed: 1, skipped: 1 });
  });
});
