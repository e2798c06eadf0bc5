import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { parseShard, selectSites } from './select.js';
import type { BatchSite } from './site-list.js';

const sites: BatchSite[] = Array.from({ length: 30 }, (_, i) => ({
  slug: `site-${i}`,
  url: `https://s${i}.example/`,
  code: `C${i}`,
  nation: i % 3 === 0 ? 'wales' : 'england',
  orgType: 'local-authority',
}));

describe('selectSites', () => {
  it('splits the list into disjoint shards that cover it, the same way every time', () => {
    const shards = [1, 2, 3].map((index) => selectSites(sites, { shard: { index, count: 3 } }).chosen.map((s) => s.slug));
    expect(shards.flat().sort()).toEqual(sites.map((s) => s.slug).sort());
    expect(new Set(shards.flat()).size).toBe(30);
    expect(shards.every((s) => s.length > 0)).toBe(true);
    expect(selectSites(sites, { shard: { index: 2, count: 3 } }).chosen.map((s) => s.slug)).toEqual(shards[1]);
  });

  it('filters by code, slug or nation, and reports what it left out', () => {
    const only = selectSites(sites, { only: ['wales', 'C1', 'SITE-2'] });
    expect(only.chosen.map((s) => s.slug)).toEqual(['site-0', 'site-1', 'site-2', ...sites.filter((s, i) => i > 2 && i % 3 === 0).map((s) => s.slug)]);
    expect(only.chosen.length + only.excluded.length).toBe(30);
    const skip = selectSites(sites, { skip: ['england'] });
    expect(skip.chosen.every((s) => s.nation === 'wales')).toBe(true);
  });

  it('matches a nation the list does not give by the address: the body list, then the domain; nation=<nation> names the nation only', () => {
    const unnamed: BatchSite[] = [
      { slug: 'bridgend', url: 'https://www.bridgend.gov.uk/', orgType: 'local-authority' }, // in the bundled body list
      { slug: 'ministry', url: 'https://www.example.gov.wales/', orgType: 'local-authority' }, // a .gov.wales domain
      { slug: 'elsewhere', url: 'https://www.example.org/', orgType: 'voluntary-agency' }, // nothing says
      { slug: 'wales', url: 'https://www.example.gov.scot/', orgType: 'local-authority' }, // a slug that is a nation's name
    ];
    expect(selectSites(unnamed, { only: ['wales'] }).chosen.map((s) => s.slug)).toEqual(['bridgend', 'ministry', 'wales']);
    expect(selectSites(unnamed, { only: ['nation=wales'] }).chosen.map((s) => s.slug)).toEqual(['bridgend', 'ministry']);
    expect(selectSites(unnamed, { skip: ['nation=Scotland'] }).chosen.map((s) => s.slug)).toEqual(['bridgend', 'ministry', 'elsewhere']);
    expect(() => selectSites(unnamed, { only: ['nation=northern-ireland'] })).toThrow(/no site in the list is in northern-ireland/);
  });

  it('parses i/n and refuses nonsense', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(UsageError);
  });
});
