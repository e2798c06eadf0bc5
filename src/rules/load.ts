import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { compileConcept, type Lexicon } from './lexicon.js';
import { packLexiconFiles, packYamlFiles } from './pack-paths.js';
import { patternRisk } from './safe-pattern.js';
import { LexiconFile, PackDef, RuleDef, RuleFileShape, SIGNAL_TYPES, type Check, type PackDef as PackDefT } from './schema.js';

export interface RuleProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export class RuleLoadError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatRuleProblem).join('\n'));
    this.name = 'RuleLoadError';
  }
}

export function formatRuleProblem(p: RuleProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}

export interface LoadedRule extends RuleDef {
  /** pack-qualified id, e.g. clearmark/c1-aimed-page-with-route */
  qualifiedId: string;
  criterion: string;
  file: string;
}

export interface LoadedPack {
  def: PackDefT;
  dir: string;
  rules: LoadedRule[];
  lexicon: Lexicon;
}

/** The rules/ folder shipped with the package (from src/rules or dist/rules). */
export const BUILTIN_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

export function resolvePackDir(idOrPath: string): string {
  if (/^[a-z0-9-]+$/.test(idOrPath) && existsSync(join(BUILTIN_RULES_DIR, idOrPath, 'pack.yaml'))) return join(BUILTIN_RULES_DIR, idOrPath);
  const p = resolve(idOrPath);
  if (existsSync(join(p, 'pack.yaml'))) return p;
  throw new RuleLoadError([
    { file: idOrPath, line: 1, col: 1, message: 'no rule pack here (a pack is a folder with pack.yaml)', hint: `built-in packs: ${listBuiltinPacks().join(', ')}` },
  ]);
}

export function listBuiltinPacks(): string[] {
  return readdirSync(BUILTIN_RULES_DIR).filter((d) => existsSync(join(BUILTIN_RULES_DIR, d, 'pack.yaml'))).sort();
}

interface ParsedYaml {
  file: string;
  doc: Document;
  counter: LineCounter;
}

function parseYaml(file: string, problems: RuleProblem[]): ParsedYaml | undefined {
  const shown = relative(process.cwd(), file) || file;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      problems.push({ file: shown, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}`, hint: 'check indentation and quoting' });
    }
    return undefined;
  }
  return { file: shown, doc, counter };
}

/** Position of the YAML node at `path`, or of its nearest existing parent. */
function positionOf(y: ParsedYaml, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return y.counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_union') return `signal must be one of: ${SIGNAL_TYPES.join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `remove or rename: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `one of: ${issue.values.map(String).join(', ')}`;
  return undefined;
}

function validate<T>(schema: z.ZodType<T>, y: ParsedYaml, problems: RuleProblem[], base: PropertyKey[] = []): T | undefined {
  const value = base.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), y.doc.toJS());
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const raw of result.error.issues) {
    const issue = { ...raw, path: [...base, ...raw.path] } as typeof raw;
    // A bad `signal:` shows up as a union issue on the check: point at the signal itself.
    const path = issue.code === 'invalid_union' && y.doc.hasIn([...issue.path, 'signal']) ? [...issue.path, 'signal'] : issue.path;
    const pos = positionOf(y, path);
    const where = path.length ? `${path.join('.')}: ` : '';
    const message = issue.code === 'invalid_union' && path.at(-1) === 'signal' ? `unknown signal type "${String(y.doc.getIn(path))}"` : issue.message;
    problems.push({ file: y.file, ...pos, message: `${where}${message}`, hint: hintFor(issue) });
  }
  return undefined;
}

const optionalId = (id: string | undefined): string[] => (id ? [id] : []);

function conceptsOf(check: Check): { key: string; ids: string[] }[] {
  switch (check.signal) {
    case 'concept-near':
      return [
        { key: 'concepts', ids: check.concepts },
        { key: 'context', ids: check.context },
        { key: 'inHeading', ids: check.inHeading },
        { key: 'inDocument', ids: check.inDocument },
        { key: 'inTitle', ids: check.inTitle },
        { key: 'notInTitle', ids: check.notInTitle },
        { key: 'vetoes', ids: check.vetoes },
      ];
    case 'concept-count':
      return [{ key: 'concepts', ids: check.concepts }, { key: 'vetoes', ids: check.vetoes }, { key: 'inSectionHeaded', ids: check.inSectionHeaded }, { key: 'near', ids: check.near }];
    case 'claim':
      return [{ key: 'context', ids: check.context }, { key: 'vetoes', ids: check.vetoes }];
    case 'link-text':
      return [{ key: 'concepts', ids: check.concepts }, { key: 'vetoes', ids: check.vetoes }];
    case 'readability':
      return [
        { key: 'jargon', ids: optionalId(check.jargon) },
        { key: 'explanation', ids: optionalId(check.explanation) },
        { key: 'glossary', ids: optionalId(check.glossary) },
        { key: 'inSectionHeaded', ids: check.inSectionHeaded },
      ];
  }
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Known names close to a misspelt one, nearest first. */
function closest(name: string, known: string[]): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return known
    .map((k) => ({ k, d: editDistance(name, k) }))
    .filter((x) => x.d <= limit || x.k.startsWith(name) || name.startsWith(x.k))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}

/** Concepts named by a rule that no lexicon defines, and regexes that do not compile. */
function checkReferences(y: ParsedYaml, ruleIndex: number, rule: RuleDef, lexicon: Lexicon, problems: RuleProblem[]): void {
  for (const part of ['checks', 'unless'] as const) {
    rule[part].forEach((check, ci) => {
      for (const { key, ids } of conceptsOf(check)) {
        ids.forEach((id, k) => {
          if (lexicon.has(id)) return;
          const near = closest(id, [...lexicon.keys()]);
          problems.push({
            file: y.file,
            ...positionOf(y, ['rules', ruleIndex, part, ci, key, k]),
            message: `unknown concept "${id}" in rule ${rule.id}`,
            hint: near.length ? `did you mean one of: ${near.join(', ')}?` : 'define it in a lexicon file (rules/lexicons/*.yaml)',
          });
        });
      }
      if (check.signal === 'claim') {
        check.patterns.forEach((p, k) => {
          try {
            new RegExp(p, 'iu');
            const risk = patternRisk(p);
            if (risk) problems.push({ file: y.file, ...positionOf(y, ['rules', ruleIndex, part, ci, 'patterns', k]), message: `unsafe pattern in rule ${rule.id}: ${risk.message}`, hint: risk.hint });
          } catch (e) {
            problems.push({
              file: y.file,
              ...positionOf(y, ['rules', ruleIndex, part, ci, 'patterns', k]),
              message: `bad regular expression: ${(e as Error).message}`,
              hint: 'patterns are JavaScript regular expressions; escape ( ) [ ] . with a backslash',
            });
          }
        });
      }
    });
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Load and check a pack. Collects every problem (one bad rule never hides the others) and throws them together. */
export function loadPack(idOrPath: string): LoadedPack {
  const dir = resolvePackDir(idOrPath);
  const problems: RuleProblem[] = [];

  const packFiles = packYamlFiles(dir, problems); // each confined to the pack folder
  const packYaml = packFiles.includes(join(dir, 'pack.yaml')) ? parseYaml(join(dir, 'pack.yaml'), problems) : undefined;
  const def = packYaml ? validate(PackDef, packYaml, problems) : undefined;

  const lexicon: Lexicon = new Map();
  const own = def && packYaml ? packLexiconFiles(dir, def.lexicons, (i) => ({ file: packYaml.file, ...positionOf(packYaml, ['lexicons', i]) }), problems) : [];
  const lexiconFiles = [...yamlFiles(join(BUILTIN_RULES_DIR, 'lexicons')), ...own];
  for (const file of [...new Set(lexiconFiles)]) {
    const y = parseYaml(file, problems);
    const lex = y && validate(LexiconFile, y, problems);
    if (!lex) continue;
    for (const [id, c] of Object.entries(lex.concepts)) lexicon.set(id, compileConcept(id, c.terms, c.description));
  }

  const criteria = new Set(def?.criteria.map((c) => c.id));
  const rules: LoadedRule[] = [];
  const seen = new Set<string>();
  for (const file of packFiles.filter((f) => !f.endsWith('pack.yaml'))) {
    const y = parseYaml(file, problems);
    if (!y) continue;
    const shown = y;
    // The file's shape first, then each rule on its own, so one bad rule never hides the others.
    const rf = validate(RuleFileShape, shown, problems);
    if (!rf) continue;
    const valid = rf.rules.map((_, i) => validate(RuleDef, shown, problems, ['rules', i]));
    if (def && !criteria.has(rf.criterion)) {
      problems.push({ file: shown.file, ...positionOf(shown, ['criterion']), message: `unknown criterion "${rf.criterion}"`, hint: `pack criteria: ${[...criteria].join(', ')}` });
    }
    valid.forEach((rule, i) => {
      if (!rule) return;
      checkReferences(shown, i, rule, lexicon, problems);
      const qualifiedId = `${def?.id ?? 'pack'}/${rule.id}`;
      if (seen.has(qualifiedId)) problems.push({ file: shown.file, ...positionOf(shown, ['rules', i, 'id']), message: `duplicate rule id "${rule.id}"` });
      seen.add(qualifiedId);
      rules.push({ ...rule, qualifiedId, criterion: rf.criterion, file: shown.file });
    });
  }
  if (problems.length > 0 || !def) throw new RuleLoadError(problems);
  return { def, dir, rules, lexicon };
}
