import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { parseCsv, csvField } from './csv-parse.js';
import { loadSiteList } from './load-list.js';

const dir = mkdtempSync(join(tmpdir(), 'atr-list-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const usageMessage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF, keeping start lines', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n\r\nlast,"multi\nline"\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['last', 'multi\nline'] },
    ]);
  });
  it('keeps a stray quote inside a field, skips blank lines, and names the line of a quote never closed', () => {
    expect(parseCsv('\uFEFFname,size\n   \nDisk,5" wide\n')).toEqual([
      { line: 1, fields: ['name', 'size'] },
      { line: 3, fields: ['Disk', '5" wide'] },
    ]);
    expect(() => parseCsv('a,b\nx,y\n"open,z\nmore\n')).toThrow('line 3: a quoted field is never closed');
  });
  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(null)).toBe('');
  });
});

describe('loadSiteList', () => {
  it('loads the shipped list of 212 authorities with unique slugs from their codes', () => {
    const sites = loadSiteList(join(import.meta.dirname, '../../data/uk-childrens-services-authorities.csv'));
    expect(sites).toHaveLength(212);
    expect(new Set(sites.map((s) => s.slug)).size).toBe(212);
    const bcp = sites.find((s) => s.code === 'E06000058')!;
    expect(bcp.name).toBe('Bournemouth, Christchurch and Poole Council');
    expect(bcp.slug).toBe('e06000058');
    expect(sites.filter((s) => s.nation === 'northern-ireland')).toHaveLength(5);
  });

  it('takes url instead of homepage, and makes duplicate slugs unique', () => {
    const sites = loadSiteList(file('u.csv', 'url,name\nhttps://a.example/,Same Name\nhttps://b.example/,Same Name\nhttps://www.c.example/,\n'));
    expect(sites.map((s) => s.slug)).toEqual(['same-name', 'same-name-2', 'c-example']);
    expect(sites[0]!.orgType).toBe('local-authority');
  });

  it('names the line of a bad row and of a missing column', () => {
    expect(usageMessage(() => loadSiteList(file('bad.csv', 'homepage,name\nhttps://ok.example/,A\nftp://x.example/,B\n')))).toContain('bad.csv:3');
    expect(usageMessage(() => loadSiteList(file('nohome.csv', 'name,code\nA,B\n')))).toContain('no homepage or url column');
    expect(usageMessage(() => loadSiteList(file('short.csv', 'homepage,name\nhttps://a.example/\n')))).toContain('short.csv:2');
    expect(usageMessage(() => loadSiteList(file('x.csv', 'homepage,colour\nhttps://a.example/,red\n')))).toContain('unknown column colour');
  });

  it('reads YAML as a list, or with defaults, and points at bad entries', () => {
    const plain = loadSiteList(file('l.yaml', '- homepage: https://a.example/\n  name: A\n  code: X1\n'));
    expect(plain).toEqual([{ slug: 'x1', url: 'https://a.example/', name: 'A', code: 'X1', orgType: 'local-authority' }]);
    const withDefaults = loadSiteList(file('d.yaml', 'defaults:\n  nation: Wales\n  org_type: voluntary-agency\nsites:\n  - url: https://a.example/\n  - url: https://b.example/\n    nation: scotland\n'));
    expect(withDefaults.map((s) => [s.nation, s.orgType])).toEqual([['wales', 'voluntary-agency'], ['scotland', 'voluntary-agency']]);
    expect(usageMessage(() => loadSiteList(file('e.yaml', 'sites:\n  - homepage: https://a.example/\n  - name: no url\n')))).toContain('e.yaml:3');
  });

  it('reads a row\'s own max_pages and render (per-site overrides), and refuses bad ones', () => {
    const sites = loadSiteList(file('o.csv', 'homepage,max_pages,render\nhttps://a.example/,5,always\nhttps://b.example/,,\n'));
    expect(sites.map((s) => [s.maxPages, s.render])).toEqual([[5, 'always'], [undefined, undefined]]);
    const yaml = loadSiteList(file('o.yaml', 'defaults:\n  max_pages: 9\nsites:\n  - url: https://a.example/\n  - url: https://b.example/\n    max_pages: 2\n'));
    expect(yaml.map((s) => s.maxPages)).toEqual([9, 2]);
    expect(usageMessage(() => loadSiteList(file('o2.csv', 'homepage,max_pages\nhttps://a.example/,lots\n')))).toContain('o2.csv:2: max_pages');
    expect(usageMessage(() => loadSiteList(file('o3.csv', 'homepage,render\nhttps://a.example/,sometimes\n')))).toContain('o3.csv:2: render');
  });

  it('refuses an unreadable file', () => {
    expect(usageMessage(() => loadSiteList(join(dir, 'missing.csv')))).toContain('cannot read');
  });
});

describe('nations and repeated councils (issue 13.7)', () => {
  it('accepts a nation written as words, and stores its canonical form', () => {
    const sites = loadSiteList(file('ni.csv', 'code,name,nation,homepage\nN1,Trust,Northern Ireland,https://t.example/\nS1,Council,SCOTLAND,https://s.example/\n'));
    expect(sites.map((s) => s.nation)).toEqual(['northern-ireland', 'scotland']);
  });

  it('refuses a misspelt nation and a repeated slug, naming the lines', () => {
    expect(usageMessage(() => loadSiteList(file('bad-nation.csv', 'name,nation,homepage\nA,Wles,https://a.example/\n')))).toMatch(/bad-nation\.csv:2: nation: unknown nation "Wles" \(did you mean wales\?\)/);
    expect(usageMessage(() => loadSiteList(file('slugs.csv', 'slug,homepage\nx,https://a.example/\nX,https://b.example/\n')))).toMatch(/slugs\.csv:3: slug: X is already on line 2/);
  });
});
