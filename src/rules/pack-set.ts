// The packs of one audit: the ones `--rules` names, in order (the first is the primary pack),
// then every built-in pack whose pack.yaml says `defaultOn: true`, unless the list names `-<id>`.
// One crawl serves them all, so their crawl focus is merged into one (mergeFocus).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../core/index.js';
import { BUILTIN_RULES_DIR, resolvePackDir } from './load.js';
import type { FocusDef } from './schema.js';

/** Built-in packs whose pack.yaml sets `defaultOn: true`, by folder name. */
export function defaultOnPacks(builtinDir: string = BUILTIN_RULES_DIR): string[] {
  if (!existsSync(builtinDir)) return [];
  return readdirSync(builtinDir)
    .filter((d) => existsSync(join(builtinDir, d, 'pack.yaml')))
    .sort()
    .filter((d) => {
      try {
        const y = parse(readFileSync(join(builtinDir, d, 'pack.yaml'), 'utf8')) as { defaultOn?: unknown } | null;
        return y?.defaultOn === true;
      } catch {
        return false; // loadPack reports a broken pack.yaml with its position when the pack is used
      }
    });
}

/**
 * The pack list an audit runs: the named packs (without repeats), then the default-on ones not
 * already named and not switched off with `-<id>`. Names are ids or folders.
 */
export function packIdsWithDefaults(named: string[], builtinDir: string = BUILTIN_RULES_DIR): string[] {
  const off = new Set(named.filter((n) => n.startsWith('-')).map((n) => n.slice(1)));
  const defaults = defaultOnPacks(builtinDir);
  for (const id of off) {
    if (!defaults.includes(id)) throw new UsageError(`-${id}: no default-on pack "${id}" to leave out`, defaults.length ? `default-on packs: ${defaults.join(', ')}` : 'no pack is on by default');
  }
  const wanted = named.filter((n) => !n.startsWith('-'));
  if (wanted.length === 0) throw new UsageError('no rule pack named', 'give at least one pack, e.g. --rules clearmark');
  const out: string[] = [];
  const dirs = new Set<string>();
  for (const id of [...wanted, ...defaults.filter((d) => !off.has(d)).map((d) => join(builtinDir, d))]) {
    const dir = safeDir(id);
    if (dir !== undefined && dirs.has(dir)) continue;
    if (dir !== undefined) dirs.add(dir);
    out.push(id);
  }
  return out;
}

function safeDir(id: string): string | undefined {
  try {
    return resolvePackDir(id);
  } catch {
    return undefined; // loadPack names the missing pack with its hint
  }
}

/**
 * One crawl focus for several packs: a phrase any pack follows is followed at its highest weight;
 * a phrase is avoided only when no pack follows it; the site-search terms are taken in pack order,
 * without repeats, up to the five one pack may ask, so several packs cost no more searches than one.
 */
export function mergeFocus(focuses: FocusDef[]): FocusDef {
  const maxInto = (into: Record<string, number>, from: Record<string, number>): void => {
    for (const [phrase, weight] of Object.entries(from)) into[phrase] = Math.max(into[phrase] ?? 0, weight);
  };
  const follow: Record<string, number> = {};
  const avoid: Record<string, number> = {};
  const followFor: FocusDef['followFor'] = {};
  for (const f of focuses) {
    maxInto(follow, f.follow);
    maxInto(avoid, f.avoid);
    for (const [org, words] of Object.entries(f.followFor) as [keyof FocusDef['followFor'], Record<string, number>][]) maxInto((followFor[org] ??= {}), words);
  }
  const followed = new Set([...Object.keys(follow), ...Object.values(followFor).flatMap((w) => Object.keys(w ?? {}))]);
  for (const phrase of Object.keys(avoid)) if (followed.has(phrase)) delete avoid[phrase];
  const search = [...new Set(focuses.flatMap((f) => f.search))].slice(0, 5);
  const relevant = [...new Set(focuses.map((f) => f.relevantUrl))];
  return { follow, followFor, avoid, relevantUrl: relevant.length === 1 ? relevant[0]! : relevant.map((r) => `(?:${r})`).join('|'), search };
}
