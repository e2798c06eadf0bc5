import { compileConcept, compileTerm, type Lexicon } from './lexicon.js';
import type { RuleProblem } from './problems.js';
import { LexiconFile } from './schema.js';
import { keyPositionOf, parseYaml, positionOf, validate, type ParsedYaml } from './yaml-source.js';

/** Where a lexicon file comes from: the shared core (rules/lexicons/) or one pack. */
export type LexiconOrigin = 'core' | 'pack';

export interface ConceptGroup {
  description?: string;
  concepts: string[];
}

/** Where each concept and group was defined, for lint messages. */
export interface DefinedAt {
  id: string;
  origin: LexiconOrigin;
  file: string;
  line: number;
  col: number;
}

export interface BuiltLexicon {
  lexicon: Lexicon;
  groups: Map<string, ConceptGroup>;
  /** where every concept and group was defined, core and pack */
  defined: DefinedAt[];
  /** words that after "previously" or "formerly" describe a person (lexicon `historyGuard.describesPerson`, core and pack together) */
  describesPerson: string[];
}

/** One stem sequence per term: "former residents" and "former resident" are the same term. */
function stemKey(term: string): string {
  return compileTerm(term)
    .segments.map((s) => s.join(' '))
    .join(' * ');
}

/**
 * Build one lexicon from the core files, then the pack's files. A pack concept with a core
 * concept's id must say `extends: core` (adds its terms) or `replaces: core` (drops the core
 * terms); otherwise it still replaces it, with a warning, since a silent shadow is usually a
 * mistake. Warns too when two terms of one concept are the same after stemming.
 */
export function buildLexicon(files: { file: string; origin: LexiconOrigin }[], problems: RuleProblem[], warnings: RuleProblem[]): BuiltLexicon {
  const terms = new Map<string, { terms: string[]; description?: string; at: DefinedAt }>();
  const groups = new Map<string, ConceptGroup>();
  const defined: DefinedAt[] = [];
  const describesPerson = new Set<string>();
  const seenFiles = new Set<string>();
  for (const { file, origin } of files) {
    if (seenFiles.has(file)) continue;
    seenFiles.add(file);
    const y = parseYaml(file, problems);
    const lex = y && validate(LexiconFile, y, problems);
    if (!y || !lex) continue;
    for (const [id, def] of Object.entries(lex.concepts)) {
      const at: DefinedAt = { id, origin, file: y.file, ...keyPositionOf(y, ['concepts'], id) };
      defined.push(at);
      const before = terms.get(id);
      const mode = def.extends ? 'extends' : def.replaces ? 'replaces' : undefined;
      if (mode && (!before || before.at.origin !== 'core')) {
        problems.push({ ...where(y, ['concepts', id, mode]), message: `concept "${id}" ${mode} core, but the core lexicon has no "${id}"`, hint: `remove \`${mode}: core\`, or check the id against rules/lexicons/` });
        continue;
      }
      if (before && !mode) {
        warnings.push({
          file: y.file,
          ...keyPositionOf(y, ['concepts'], id),
          message: `concept "${id}" silently shadows the one at ${before.at.file}:${before.at.line}`,
          hint: before.at.origin === 'core' ? 'say `extends: core` to add to its terms or `replaces: core` to drop them' : 'define each concept once, or rename one',
        });
      }
      const own = def.extends && before ? [...before.terms, ...def.terms] : def.terms;
      if (!def.countsEachSpelling) warnDuplicates(y, id, def.terms, def.extends && before ? before.terms : [], warnings);
      terms.set(id, { terms: own, description: def.description ?? (mode ? before?.description : undefined), at });
    }
    for (const w of lex.historyGuard?.describesPerson ?? []) describesPerson.add(w);
    for (const [id, g] of Object.entries(lex.groups)) {
      defined.push({ id, origin, file: y.file, ...keyPositionOf(y, ['groups'], id) });
      groups.set(id, g);
    }
  }
  const lexicon: Lexicon = new Map();
  for (const [id, c] of terms) lexicon.set(id, compileConcept(id, c.terms, c.description));
  return { lexicon, groups, defined, describesPerson: [...describesPerson] };
}

function where(y: ParsedYaml, path: PropertyKey[]): Pick<RuleProblem, 'file' | 'line' | 'col'> {
  return { file: y.file, ...positionOf(y, path) };
}

function warnDuplicates(y: ParsedYaml, id: string, own: string[], inherited: string[], warnings: RuleProblem[]): void {
  const seen = new Map<string, string>();
  for (const t of inherited) seen.set(stemKey(t), t);
  own.forEach((t, k) => {
    const key = stemKey(t);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push({
        ...where(y, ['concepts', id, 'terms', k]),
        message: `term "${t}" of concept "${id}" is the same as "${first}" after stemming`,
        hint: inherited.includes(first) ? 'the core concept already has it: remove this one' : 'keep one of them',
      });
    } else seen.set(key, t);
  });
}
