// Reusable parts of a pack (issue 10 item 5): named checks defined once (pack.yaml `namedChecks`,
// a file beside it) that rules take with `- use: name` (optionally `with:` a few keys changed), and
// lexicon groups named in a rule's concept lists in place of the concepts they hold. Both are
// expanded when the pack loads, so the signals see plain checks.
import { isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { ConceptGroup } from './lexicon-load.js';
import type { Lexicon } from './lexicon.js';
import type { RuleProblem } from './problems.js';
import type { Check } from './schema.js';
import { positionOf, validate, type ParsedYaml } from './yaml-source.js';

export const NamedChecksFile = z
  .object({
    /** name -> a check (any signal), with an optional description */
    checks: z.record(z.string().regex(/^[a-z0-9-]+$/), z.record(z.string(), z.unknown())),
  })
  .strict();

export type NamedChecks = Map<string, Record<string, unknown>>;

export function loadNamedChecks(y: ParsedYaml, problems: RuleProblem[]): NamedChecks {
  const def = validate(NamedChecksFile, y, problems);
  const out: NamedChecks = new Map();
  for (const [name, check] of Object.entries(def?.checks ?? {})) {
    const { description: _description, ...rest } = check;
    if (typeof rest.signal !== 'string') problems.push({ file: y.file, ...positionOf(y, ['checks', name]), message: `named check "${name}" needs a signal` });
    else out.set(name, rest);
  }
  return out;
}

/** Replace each `- use: name` check of rule `i` in the parsed file by the named check (and its `with:`); false when one is unknown. */
export function expandUses(y: ParsedYaml, i: number, named: NamedChecks, problems: RuleProblem[]): boolean {
  const before = problems.length;
  for (const part of ['checks', 'unless'] as const) {
    const list = y.doc.getIn(['rules', i, part], true);
    if (!list || typeof list !== 'object' || !('items' in list) || !Array.isArray(list.items)) continue;
    list.items.forEach((item: unknown, j: number) => {
      if (!isMap(item) || !item.has('use')) return;
      const name = item.get('use');
      const check = typeof name === 'string' ? named.get(name) : undefined;
      if (!check) {
        const known = [...named.keys()];
        problems.push({ file: y.file, ...positionOf(y, ['rules', i, part, j, 'use']), message: `unknown named check ${JSON.stringify(name)}`, hint: known.length ? `named checks: ${known.join(', ')}` : 'define it in the file pack.yaml namedChecks names' });
        return;
      }
      const extra = item.items.filter((p) => !(isScalar(p.key) && (p.key.value === 'use' || p.key.value === 'with')));
      if (extra.length) problems.push({ file: y.file, ...positionOf(y, ['rules', i, part, j]), message: 'a `use:` check takes only `with:` beside it', hint: 'put changed keys under with:' });
      const changes = (y.doc.getIn(['rules', i, part, j, 'with']) as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? {};
      y.doc.setIn(['rules', i, part, j], y.doc.createNode({ ...check, ...(changes as Record<string, unknown>) }));
    });
  }
  return problems.length === before;
}

/** A group's id in a rule's concept list stands for its concepts, in order. */
export function expandGroups(check: Check, lexicon: Lexicon, groups: Map<string, ConceptGroup>, used: Set<string>): Check {
  const c = { ...check } as Record<string, unknown>;
  for (const [key, value] of Object.entries(c)) {
    if (!Array.isArray(value) || key === 'patterns') continue;
    c[key] = value.flatMap((id: unknown) => {
      if (typeof id !== 'string' || lexicon.has(id)) return [id];
      const g = groups.get(id);
      if (!g) return [id];
      used.add(id);
      return g.concepts;
    });
  }
  return c as Check;
}
