// A pack's document-class rules (pack.yaml `classes.rules`, e.g. classes.yaml beside it): named
// measures, ordered topic and document-type rules, and how an attachment takes the topic of the
// page that links to it. Parsed and checked here (problems at file:line:col); evaluated by
// src/classify/class-eval.ts. The engine holds no class and no word of its own.
import { z } from 'zod';
import type { ConceptGroup } from './lexicon-load.js';
import type { Lexicon } from './lexicon.js';
import { ExprError, parseExpr, walkExpr, type Expr } from './class-expr.js';
import type { RuleProblem } from './problems.js';
import { patternRisk } from './safe-pattern.js';
import { positionOf, validate, type ParsedYaml } from './yaml-source.js';

/** Zones of a document a concept is counted in. */
export const CLASS_ZONES = ['body', 'headings', 'headline', 'place', 'title', 'url', 'anchor'] as const;
export type ClassZone = (typeof CLASS_ZONES)[number];
/** Numbers every document has. */
export const CLASS_BUILTINS = ['wordCount', 'headingCount', 'paragraphWords', 'linkCount'] as const;
/** Text a pattern is counted in: the whole text, or its first four paragraphs. */
export const PATTERN_ZONES = ['text', 'opening'] as const;

const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/);
const classId = z.string().regex(/^[a-z0-9-]+$/);
const examples = z
  .object({ match: z.array(z.string()).default([]), no_match: z.array(z.string()).default([]) })
  .strict()
  .default({ match: [], no_match: [] });
const ClassRuleDef = z
  .object({
    class: classId,
    /** expression; no `when` = always (the last rule of a list must have none) */
    when: z.string().min(1).optional(),
    /** topics: confidence 0.4 + 0.1 x strength, between 0.3 and 0.95 */
    strength: z.union([z.string().min(1), z.number()]).transform(String).optional(),
    /** topics: a fixed confidence instead of a strength */
    confidence: z.number().min(0).max(1).optional(),
    reason: z.string().min(1),
    /** texts (as in rule examples) this rule must / must not classify as its class */
    examples,
  })
  .strict();
export const ClassRulesFile = z
  .object({
    /** name -> expression, read by rules and other measures */
    measures: z.record(name, z.string().min(1)).default({}),
    /** name -> regular expression counted in the text (matches, case-insensitive) */
    patterns: z.record(name, z.object({ regex: z.string().min(1), in: z.enum(PATTERN_ZONES).default('text') }).strict()).default({}),
    topics: z.array(ClassRuleDef).min(1),
    docTypes: z.array(ClassRuleDef).min(1),
    /** an attachment of one of `kinds`, classed `topic`, linked from a page classed `from`, whose `when` holds, takes the topic `becomes` */
    linked: z
      .array(z.object({ from: classId, kinds: z.array(z.enum(['html', 'pdf', 'docx', 'text'])).min(1), topic: classId, becomes: classId, when: z.string().min(1), reason: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();
export type ClassRulesFileDef = z.infer<typeof ClassRulesFile>;

export interface CompiledClassRule {
  class: string;
  when?: Expr;
  strength?: Expr;
  confidence?: number;
  reason: string;
  examples: { match: string[]; no_match: string[] };
}

export interface CompiledClassRules {
  file: string;
  measures: Map<string, Expr>;
  patterns: Map<string, { regex: RegExp; in: (typeof PATTERN_ZONES)[number] }>;
  topics: CompiledClassRule[];
  docTypes: CompiledClassRule[];
  linked: { from: string; kinds: string[]; topic: string; becomes: string; when: Expr; reason: string }[];
  /** concept and group ids the rules read (for `rules lint`'s unused check) */
  reads: Set<string>;
}

/** The functions of the language: their argument kinds (`...` repeats the last). */
const FUNCTIONS: Record<string, { args: ('concept' | 'group' | 'zone' | 'number' | 'kind' | 'org')[]; rest?: boolean; help: string }> = {
  count: { args: ['concept', 'zone'], help: 'count(concept, zone): how often the concept occurs' },
  distinct: { args: ['concept', 'zone'], help: 'distinct(concept, zone): how many of its terms occur' },
  groupCount: { args: ['group', 'zone'], help: 'groupCount(group, zone): how many of the group\'s concepts occur' },
  near: { args: ['concept', 'zone', 'number', 'concept'], rest: true, help: 'near(concept, zone, window, other...): occurrences within window words of another concept' },
  kind: { args: ['kind'], rest: true, help: 'kind(pdf, docx...): 1 when the document is of one of these kinds' },
  orgType: { args: ['org'], help: 'orgType(voluntary-agency): 1 for that kind of organisation' },
  max: { args: ['number', 'number'], rest: true, help: 'max(a, b...)' },
  min: { args: ['number', 'number'], rest: true, help: 'min(a, b...)' },
  if: { args: ['number', 'number', 'number'], help: 'if(condition, then, else)' },
};
const KINDS = ['html', 'pdf', 'docx', 'text'];
const ORGS = ['local-authority', 'voluntary-agency'];

interface Ctx {
  y: ParsedYaml;
  lexicon: Lexicon;
  groups: Map<string, ConceptGroup>;
  names: Set<string>;
  problems: RuleProblem[];
  reads: Set<string>;
}

function check(ctx: Ctx, path: PropertyKey[], src: string): Expr | undefined {
  const at = positionOf(ctx.y, path);
  const fail = (message: string, hint?: string): undefined => {
    ctx.problems.push({ file: ctx.y.file, ...at, message: `${path.join('.')}: ${message}`, hint });
    return undefined;
  };
  let e: Expr;
  try {
    e = parseExpr(src);
  } catch (err) {
    if (!(err instanceof ExprError)) throw err;
    return fail(`${err.message} (character ${err.at + 1} of "${src}")`, 'see rules/README.md "Document classes"; write subtraction with spaces: a - b');
  }
  let ok = true;
  const argName = (x: Expr): string | undefined => (x.op === 'name' ? x.name : undefined);
  walkExpr(e, (n) => {
    if (n.op === 'name') return; // checked below, with the call arguments excluded
    const f = FUNCTIONS[n.fn];
    if (!f) return (ok = false), fail(`unknown function "${n.fn}"`, `functions: ${Object.keys(FUNCTIONS).join(', ')}`);
    const arity = n.args.length === f.args.length || (f.rest && n.args.length >= f.args.length);
    if (!arity) return (ok = false), fail(`wrong number of arguments to ${n.fn}`, f.help);
    n.args.forEach((a, i) => {
      const want = f.args[Math.min(i, f.args.length - 1)]!;
      if (want === 'number') return;
      const id = argName(a);
      const known = (
        {
          concept: (s: string) => ctx.lexicon.has(s),
          group: (s: string) => ctx.groups.has(s),
          zone: (s: string) => (CLASS_ZONES as readonly string[]).includes(s),
          kind: (s: string) => KINDS.includes(s),
          org: (s: string) => ORGS.includes(s),
        } as const
      )[want];
      if (id === undefined || !known(id)) {
        ok = false;
        fail(`${n.fn}: unknown ${want} ${id === undefined ? '(a name is needed)' : `"${id}"`}`, want === 'zone' ? `zones: ${CLASS_ZONES.join(', ')}` : f.help);
      } else if (want === 'concept' || want === 'group') ctx.reads.add(id);
    });
  });
  // Names outside call arguments must be measures, patterns or built-ins.
  const names = (x: Expr): void => {
    if (x.op === 'name') {
      if (!ctx.names.has(x.name)) {
        ok = false;
        fail(`unknown name "${x.name}"`, `measures, patterns and ${CLASS_BUILTINS.join(', ')}`);
      }
    } else if (x.op === 'call') {
      const f = FUNCTIONS[x.fn];
      x.args.forEach((a, i) => {
        if (f?.args[Math.min(i, f.args.length - 1)] === 'number') names(a);
      });
    } else if (x.op === 'not' || x.op === 'neg') names(x.arg);
    else if ('left' in x) {
      names(x.left);
      names(x.right);
    }
  };
  names(e);
  return ok ? e : undefined;
}

/** Measures that (in)directly read themselves. */
function cycles(measures: Map<string, Expr>): string[] {
  const out: string[] = [];
  const state = new Map<string, 'busy' | 'done'>();
  const visit = (m: string): void => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'busy') return void out.push(m);
    state.set(m, 'busy');
    walkExpr(measures.get(m)!, (n) => {
      if (n.op === 'name' && measures.has(n.name)) visit(n.name);
    });
    state.set(m, 'done');
  };
  for (const m of measures.keys()) visit(m);
  return out;
}

/** Check and compile a parsed classes file against the pack's classes and lexicon. */
export function compileClassRules(
  y: ParsedYaml,
  classes: { topics: { id: string }[]; docTypes: { id: string }[] },
  lexicon: Lexicon,
  groups: Map<string, ConceptGroup>,
  problems: RuleProblem[],
): CompiledClassRules | undefined {
  const def = validate(ClassRulesFile, y, problems);
  if (!def) return undefined;
  const before = problems.length;
  const names = new Set<string>([...CLASS_BUILTINS, ...Object.keys(def.measures), ...Object.keys(def.patterns)]);
  const ctx: Ctx = { y, lexicon, groups, names, problems, reads: new Set() };
  for (const b of CLASS_BUILTINS) {
    if (b in def.measures || b in def.patterns) problems.push({ file: y.file, ...positionOf(y, ['measures', b]), message: `"${b}" is a built-in number; choose another name` });
  }
  const measures = new Map<string, Expr>();
  for (const [m, src] of Object.entries(def.measures)) {
    const e = check(ctx, ['measures', m], src);
    if (e) measures.set(m, e);
  }
  for (const m of cycles(measures)) problems.push({ file: y.file, ...positionOf(y, ['measures', m]), message: `measure "${m}" reads itself (through other measures)` });
  const patterns = new Map<string, { regex: RegExp; in: 'text' | 'opening' }>();
  for (const [p, { regex, in: zone }] of Object.entries(def.patterns)) {
    const at = positionOf(y, ['patterns', p, 'regex']);
    try {
      const risk = patternRisk(regex);
      if (risk) problems.push({ file: y.file, ...at, message: `unsafe pattern ${p}: ${risk.message}`, hint: risk.hint });
      else patterns.set(p, { regex: new RegExp(regex, 'giu'), in: zone });
    } catch (e) {
      problems.push({ file: y.file, ...at, message: `bad regular expression ${p}: ${(e as Error).message}` });
    }
  }
  const compileList = (key: 'topics' | 'docTypes'): CompiledClassRule[] => {
    const known = classes[key].map((c) => c.id);
    return def[key].map((r, i) => {
      if (!known.includes(r.class)) problems.push({ file: y.file, ...positionOf(y, [key, i, 'class']), message: `unknown ${key === 'topics' ? 'topic' : 'document type'} "${r.class}"`, hint: `pack.yaml classes.${key}: ${known.join(', ')}` });
      if (key === 'docTypes' && (r.strength || r.confidence !== undefined)) problems.push({ file: y.file, ...positionOf(y, [key, i]), message: 'a document-type rule has no strength or confidence' });
      if (r.strength && r.confidence !== undefined) problems.push({ file: y.file, ...positionOf(y, [key, i]), message: 'give a strength or a confidence, not both' });
      if (i === def[key].length - 1 && r.when) problems.push({ file: y.file, ...positionOf(y, [key, i, 'when']), message: `the last ${key} rule must have no \`when\` (it classes everything else)` });
      return {
        class: r.class,
        when: r.when ? check(ctx, [key, i, 'when'], r.when) : undefined,
        strength: r.strength ? check(ctx, [key, i, 'strength'], r.strength) : undefined,
        confidence: r.confidence,
        reason: r.reason,
        examples: r.examples,
      };
    });
  };
  const topics = compileList('topics');
  const docTypes = compileList('docTypes');
  const topicIds = classes.topics.map((c) => c.id);
  const linked = def.linked.flatMap((l, i) => {
    for (const k of ['from', 'topic', 'becomes'] as const) {
      if (!topicIds.includes(l[k])) problems.push({ file: y.file, ...positionOf(y, ['linked', i, k]), message: `unknown topic "${l[k]}"`, hint: `pack.yaml classes.topics: ${topicIds.join(', ')}` });
    }
    const when = check(ctx, ['linked', i, 'when'], l.when);
    return when ? [{ ...l, when }] : [];
  });
  if (problems.length > before) return undefined;
  return { file: y.file, measures, patterns, topics, docTypes, linked, reads: ctx.reads };
}
