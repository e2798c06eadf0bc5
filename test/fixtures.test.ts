// Checks the fixture council websites are complete and self-consistent (no accidental dead links).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixtureSites } from '../src/demo/index.js';
import { extractLinks, listFiles, webPathOf } from './helpers/fixture-sites.js';

const STATUSES = ['met', 'partial', 'not_met', 'needs_evidence', 'not_applicable', 'error'];
const CRITERIA = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'];
const REQUIRED_SLUGS = [
  'exemplary', 'typical-partial', 'nothing', 'outdated-law', 'pdf-policy-only', 'docx-leaflet-only',
  'buried-deep', 'adult-care-lookalike', 'adoption-lookalike', 'js-only', 'broken-pdf',
];
/** Links that are meant to lead nowhere, per site ("slug:/path"). None today. */
const DELIBERATE_DEAD_LINKS = new Set<string>([]);

const sites = listFixtureSites();
/** Row ids of the outdated-and-wrong-claims table in the domain pack: OC-01 .. OC-18. */
const advisoryIds = new Set(Array.from({ length: 18 }, (_, i) => `OC-${String(i + 1).padStart(2, '0')}`));

function readJson<T>(file: string): T | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : undefined;
}

it('has every required fixture site', () => {
  expect(sites.map((s) => s.slug)).toEqual(expect.arrayContaining(REQUIRED_SLUGS));
});

describe.each(sites.map((s) => [s.slug, s] as const))('fixture %s', (slug, site) => {
  const siteDir = path.join(site.dir, 'site');
  const files = listFiles(siteDir);
  const fileSet = new Set(files);
  const redirects = readJson<Record<string, string>>(path.join(site.dir, 'redirects.json')) ?? {};
  const headers = readJson<Record<string, unknown>>(path.join(site.dir, 'headers.json')) ?? {};

  /** Does a root-relative web path resolve to a file (directly, via index.html, or via a redirect)? */
  const exists = (webPath: string, hops = 0): boolean => {
    const rel = decodeURIComponent(webPath).replace(/^\//, '');
    if (fileSet.has(rel) || fileSet.has(rel ? `${rel.replace(/\/$/, '')}/index.html` : 'index.html')) return true;
    const target = redirects[webPath];
    if (target === undefined || hops > 5) return false;
    return /^https?:\/\//.test(target) || exists(target, hops + 1);
  };

  it('has expected.json with all seven criteria, allowed statuses, reasons and known advisories', () => {
    const e = site.expected;
    expect(e.name.length).toBeGreaterThan(3);
    expect(e.description.length).toBeGreaterThan(20);
    expect(Object.keys(e.verdicts).sort()).toEqual(CRITERIA);
    for (const c of CRITERIA) {
      expect(STATUSES, `${c} status`).toContain(e.verdicts[c]);
      expect(e.why[c]?.length ?? 0, `${c} why`).toBeGreaterThan(10);
    }
    // C5 and C7 can never be not_met from outside (clearmark.md).
    expect(e.verdicts.C5).not.toBe('not_met');
    expect(e.verdicts.C7).not.toBe('not_met');
    for (const id of e.advisories) expect(advisoryIds, id).toContain(id);
  });

  it('has a home page and complete HTML pages with a <main>', () => {
    expect(files).toContain('index.html');
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(siteDir, f), 'utf8');
      expect(html, f).toMatch(/^<!doctype html>/i);
      expect(html, f).toMatch(/<title>[^<]+<\/title>/);
      expect(html, f).toContain('<main');
      expect(html, f).toContain('</html>');
    }
  });

  it('has no dead internal links', () => {
    const dead: string[] = [];
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const base = new URL(webPathOf(f), 'http://fixture.local');
      for (const href of extractLinks(fs.readFileSync(path.join(siteDir, f), 'utf8'))) {
        if (/^(mailto|tel|javascript):/.test(href) || href.startsWith('#')) continue;
        const url = new URL(href, base);
        if (url.host !== 'fixture.local') continue; // absolute links elsewhere are not ours to check
        if (DELIBERATE_DEAD_LINKS.has(`${slug}:${url.pathname}`)) continue;
        if (!exists(url.pathname)) dead.push(`${f} -> ${href}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('points headers.json and redirects.json at real paths', () => {
    for (const p of Object.keys(headers)) expect(exists(p), p).toBe(true);
    for (const [from, to] of Object.entries(redirects)) {
      expect(fileSet.has(from.replace(/^\//, '')), `${from} should not also be a file`).toBe(false);
      if (!/^https?:\/\//.test(to)) expect(exists(to), to).toBe(true);
    }
  });

  it('has every generated document in place with the right magic bytes', () => {
    const docsDir = path.join(site.dir, 'documents');
    const sources = fs.existsSync(docsDir) ? fs.readdirSync(docsDir).filter((n) => n.endsWith('.json')) : [];
    for (const name of sources) {
      const doc = readJson<{ output: string; title: string }>(path.join(docsDir, name))!;
      const out = path.join(site.dir, doc.output);
      expect(fs.existsSync(out), doc.output).toBe(true);
      const magic = fs.readFileSync(out).subarray(0, 5).toString('latin1');
      if (doc.output.endsWith('.docx')) expect(magic.slice(0, 2), doc.output).toBe('PK');
      else expect(magic, doc.output).toBe('%PDF-');
    }
  });

  it('has a robots.txt whose Sitemap line, if any, points at a sitemap that exists', () => {
    const robotsFile = path.join(siteDir, 'robots.txt');
    if (!fs.existsSync(robotsFile)) return;
    const sitemap = /^Sitemap:\s*__ORIGIN__(\S+)/m.exec(fs.readFileSync(robotsFile, 'utf8'));
    if (sitemap?.[1]) expect(exists(sitemap[1]), sitemap[1]).toBe(true);
  });
});

describe('fixture variety the crawler tests depend on', () => {
  const has = (pred: (dir: string) => boolean) => sites.some((s) => pred(s.dir));
  it('covers the special serving cases', () => {
    expect(has((d) => /Sitemap:/.test(readSafe(path.join(d, 'site/robots.txt'))))).toBe(true);
    expect(has((d) => /Disallow: \/\S/.test(readSafe(path.join(d, 'site/robots.txt'))))).toBe(true);
    expect(has((d) => Object.values(readJson<Record<string, string>>(path.join(d, 'redirects.json')) ?? {}).some((t) => t.startsWith('http://example.invalid')))).toBe(true);
    expect(has((d) => Object.values(readJson<Record<string, string>>(path.join(d, 'redirects.json')) ?? {}).some((t) => t.startsWith('/')))).toBe(true);
    expect(has((d) => fs.existsSync(path.join(d, 'headers.json')))).toBe(true);
  });
});

function readSafe(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}
