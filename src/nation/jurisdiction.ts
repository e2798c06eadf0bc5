import type { Jurisdiction } from '../core/index.js';
import type { LoadedPack } from '../rules/index.js';
import type { NationDecision } from './infer.js';

/**
 * The report's account of the nation: the decision, and what each pack says about that nation
 * (its law, how long records are kept, and whether this kind of body holds the records there).
 */
export function jurisdictionFor(decision: NationDecision, packs: LoadedPack[]): Jurisdiction {
  const notes: string[] = [];
  const add = (n: string): void => {
    if (!notes.includes(n)) notes.push(n);
  };
  if (decision.nation) {
    for (const pack of packs) {
      const facts = pack.def.nations[decision.nation];
      if (!facts) continue;
      facts.notes.forEach(add);
      const holder = decision.body !== undefined && (facts.recordHolders ?? []).includes(decision.body.type);
      if (facts.recordHolders && facts.notRecordHolder && !holder) add(facts.notRecordHolder);
    }
  }
  return {
    nation: decision.nation,
    basis: decision.basis,
    reason: decision.reason,
    ...(decision.body ? { body: decision.body } : {}),
    ...(notes.length ? { notes } : {}),
  };
}
