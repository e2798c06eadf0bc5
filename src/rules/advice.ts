// Plain words for reports (pack.yaml `advice`, a file beside it): per criterion, what we looked
// for, what the organisation should publish to meet it, and an example sentence. Reports show them
// in place of rule internals; a pack without the file keeps the technical "where we looked".
import { z } from 'zod';
import type { RuleProblem } from './problems.js';
import { positionOf, validate, type ParsedYaml } from './yaml-source.js';

export const CriterionAdvice = z
  .object({
    /** what the rules look for, in plain words */
    lookedFor: z.string().min(1),
    /** what to publish to meet the criterion */
    publish: z.string().min(1),
    /** one sentence the organisation could adapt */
    example: z.string().min(1),
  })
  .strict();
export type CriterionAdvice = z.infer<typeof CriterionAdvice>;

export const AdviceFile = z.object({ criteria: z.record(z.string().min(1), CriterionAdvice) }).strict();

/** The advice by criterion id; an id the pack does not define is a load problem (a typo would hide advice). */
export function loadAdvice(y: ParsedYaml, criteria: string[], problems: RuleProblem[]): Map<string, CriterionAdvice> {
  const def = validate(AdviceFile, y, problems);
  const out = new Map<string, CriterionAdvice>();
  for (const [id, advice] of Object.entries(def?.criteria ?? {})) {
    if (!criteria.includes(id)) {
      problems.push({ file: y.file, ...positionOf(y, ['criteria', id]), message: `advice for unknown criterion "${id}"`, hint: `pack criteria: ${criteria.join(', ')}` });
    } else out.set(id, advice);
  }
  return out;
}
