import type { LoadedPack } from './load.js';
import { conceptsOf } from './load.js';
import type { DefinedAt, LexiconOrigin } from './lexicon-load.js';

/** Every concept and group id the pack's rules name, and every concept its groups name. */
export function referencedIds(pack: Pick<LoadedPack, 'rules' | 'groups' | 'groupsUsed'>): Set<string> {
  const used = new Set<string>(pack.groupsUsed);
  for (const rule of pack.rules) for (const check of [...rule.checks, ...rule.unless]) for (const { ids } of conceptsOf(check)) ids.forEach((id) => used.add(id));
  for (const g of pack.groups.values()) g.concepts.forEach((id) => used.add(id));
  return used;
}

/**
 * Concepts and groups of one origin (the pack's own lexicons by default) that nothing reads: no
 * rule, no group and none of `alsoUsed` (the ids the engine's classifier reads).
 */
export function unusedDefinitions(pack: Pick<LoadedPack, 'rules' | 'groups' | 'defined' | 'groupsUsed'>, alsoUsed: Iterable<string> = [], origin: LexiconOrigin = 'pack'): DefinedAt[] {
  const used = referencedIds(pack);
  for (const id of alsoUsed) used.add(id);
  return pack.defined.filter((d) => d.origin === origin && !used.has(d.id));
}
