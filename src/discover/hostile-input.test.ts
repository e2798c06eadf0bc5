// Hostile input at the discover stage: gzip sitemap bombs, huge or wildcard robots.txt.
import { describe, expect, it } from 'vitest';
import { gzipSitemap, wildcardRobots } from '../../bench/lib/hostile-inputs.mjs';
import type { PoliteRequester } from './polite-requester.js';
import { MAX_ROBOTS_BYTES, MAX_RULE_CHARS, MAX_URL_CHECKED, boundRobotsText, parseRobots } from './robots.js';
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

describe('robots.txt bounds', () => {
  it('reads the first 500 KiB, collapses runs of *, and stops keeping rules past the rule budget', () => {
    const text = boundRobotsText(`User-agent: *\nDisallow: /a***b\n${'x'.repeat(MAX_ROBOTS_BYTES)}\nDisallow: /late\n`);
    expect(text).toContain('Disallow: /a*b');
    expect(text).not.toContain('/late');
    const many = boundRobotsText(wildcardRobots(2 * MAX_RULE_CHARS));
    const kept = many.split('\n').filter((l) => l.startsWith('Disallow'));
    expect(kept.reduce((n, l) => n + l.length - 'Disallow: '.length, 0)).toBeLessThanOrEqual(MAX_RULE_CHARS);
    expect(kept.length).toBeGreaterThan(100);
  });

  it('says what it left out, and nothing for an ordinary file', () => {
    expect(parseRobots(`${ORIGIN}/robots.txt`, 'User-agent: *\nDisallow: /private\n', 'atr-audit').truncated).toBeUndefined();
    const long = parseRobots(`${ORIGIN}/robots.txt`, `User-agent: *\n${'#'.repeat(MAX_ROBOTS_BYTES)}\nDisallow: /late\n`, 'atr-audit');
    expect(long.truncated).toMatch(/^robots\.txt is \d+ characters: only the first \d+ were read$/);
    expect(parseRobots(`${ORIGIN}/robots.txt`, wildcardRobots(2 * MAX_RULE_CHARS), 'atr-audit').truncated).toMatch(/rules past the 65536-character rule budget were ignored/);
  });

  it('still obeys ordinary rules, and never crawls a URL too long to check', () => {
    const rules = parseRobots(`${ORIGIN}/robots.txt`, 'User-agent: *\nDisallow: /private\nDisallow: /*.pdf$\n', 'atr-audit');
    expect(rules.isAllowed(`${ORIGIN}/private/x`)).toBe(false);
    expect(rules.isAllowed(`${ORIGIN}/a.pdf`)).toBe(false);
    expect(rules.isAllowed(`${ORIGIN}/care-leavers`)).toBe(true);
    expect(rules.isAllowed(`${ORIGIN}/${'a'.repeat(MAX_URL_CHECKED)}`)).toBe(false);
  });
});
