// Which sites a run audits: its shard of the list, then --only / --skip.
import { NATIONS, UsageError, closest, sha256 } from '../core/index.js';
import { bundledBodyList, inferNation } from '../nation/index.js';
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

/**
 * A site's nation for --only / --skip: the list's column, else what its address says (the bundled
 * body list, then the domain), as the audit infers it before reading a page. Postcodes need the
 * site's pages, so a site known only by them is not matched by its nation.
 */
export function selectorNation(site: BatchSite): string | undefined {
  return site.nation ?? inferNation({ url: site.url, texts: [], bodies: bundledBodyList() }).nation ?? undefined;
}

const NATION_KEY = /^nation=/i;

/** --only / --skip values match a site's code, slug or nation (case-insensitive); `nation=<nation>` matches the nation only. */
export function matchesAny(site: BatchSite, keys: string[]): boolean {
  const nation = selectorNation(site)?.toLowerCase();
  const own = [site.slug, site.code, nation].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
  return keys.some((k) => (NATION_KEY.test(k) ? k.replace(NATION_KEY, '').toLowerCase() === nation : own.includes(k.toLowerCase())));
}

export interface Selection {
  /** sites this run audits */
  chosen: BatchSite[];
  /** sites of this shard left out by --only/--skip: listed as skipped in the summary */
  excluded: BatchSite[];
}

/**
 * Every --only/--skip value must name something in the list: `--only walse` auditing nothing and
 * exiting 0 hides a typo. Checked against the whole list, so a value for another shard is fine.
 */
export function checkSelectors(sites: BatchSite[], opts: { only?: string[]; skip?: string[] }): void {
  const known = new Set(sites.flatMap((s) => [s.slug, s.code, selectorNation(s)]).filter((v): v is string => Boolean(v)));
  for (const [option, keys] of [['--only', opts.only ?? []], ['--skip', opts.skip ?? []]] as const) {
    for (const key of keys) {
      if (sites.some((s) => matchesAny(s, [key]))) continue;
      const guess = closest(key, [...known, ...NATIONS]);
      const nation = (NATIONS as readonly string[]).includes(key.replace(NATION_KEY, '').toLowerCase());
      throw new UsageError(
        nation ? `${option} ${key}: no site in the list is in ${key.replace(NATION_KEY, '')} (by its nation column or its address)` : `${option} ${key} matches no site's code, slug or nation in the list`,
        guess ? `did you mean ${option} ${guess}?` : `use codes, slugs or nations (${NATIONS.join(', ')}) from the list, comma separated`,
      );
    }
  }
}

export function selectSites(sites: BatchSite[], opts: { shard?: Shard; only?: string[]; skip?: string[] }): Selection {
  checkSelectors(sites, opts);
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
