// Which sites a run audits: its shard of the list, then --only / --skip.
import { UsageError, sha256 } from '../core/index.js';
import type { BatchSite } from './site-list.js';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`bad --shard ${value}`, 'write it as i/n with 1 <= i <= n, e.g. --shard 2/4');
  return { index, count };
}

/**
 * A site's shard depends only on its slug (a hash), so adding a site to the list never moves
 * the others and every shard of every run agrees.
 */
export function shardOfSlug(slug: string, count: number): number {
  const hex = sha256(slug).slice('sha256:'.length, 'sha256:'.length + 8);
  return (parseInt(hex, 16) % count) + 1;
}

export function inShard(site: BatchSite, shard: Shard | undefined): boolean {
  return shard === undefined || shardOfSlug(site.slug, shard.count) === shard.index;
}

/** --only / --skip values match a site's code, slug or nation (case-insensitive). */
export function matchesAny(site: BatchSite, keys: string[]): boolean {
  const own = [site.slug, site.code, site.nation].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
  return keys.some((k) => own.includes(k.toLowerCase()));
}

export interface Selection {
  /** sites this run audits */
  chosen: BatchSite[];
  /** sites of this shard left out by --only/--skip: listed as skipped in the summary */
  excluded: BatchSite[];
}

export function selectSites(sites: BatchSite[], opts: { shard?: Shard; only?: string[]; skip?: string[] }): Selection {
  const mine = sites.filter((s) => inShard(s, opts.shard));
  const only = opts.only ?? [];
  const skip = opts.skip ?? [];
  const chosen: BatchSite[] = [];
  const excluded: BatchSite[] = [];
  for (const s of mine) {
    const wanted = (only.length === 0 || matchesAny(s, only)) && !matchesAny(s, skip);
    (wanted ? chosen : excluded).push(s);
  }
  return { chosen, excluded };
}
