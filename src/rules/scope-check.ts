import type { RuleProblem } from './problems.js';
import type { PackDef, RuleDef } from './schema.js';
import { positionOf, type ParsedYaml } from './yaml-source.js';

/** A rule's scope may only name document classes its pack declares (pack.yaml `classes`). */
export function checkScope(y: ParsedYaml, ruleIndex: number, rule: RuleDef, def: PackDef | undefined, problems: RuleProblem[]): void {
  if (!def) return;
  const axes = [
    { key: 'topics', ids: rule.scope.topics ?? [], known: def.classes.topics.map((t) => t.id) },
    { key: 'docTypes', ids: rule.scope.docTypes ?? [], known: def.classes.docTypes.map((t) => t.id) },
  ] as const;
  for (const { key, ids, known } of axes) {
    ids.forEach((id, k) => {
      if (known.includes(id)) return;
      problems.push({
        file: y.file,
        ...positionOf(y, ['rules', ruleIndex, 'scope', key, k]),
        message: `unknown ${key === 'topics' ? 'topic' : 'document type'} "${id}" in rule ${rule.id}`,
        hint: `pack.yaml classes.${key}: ${known.join(', ')}`,
      });
    });
  }
}
