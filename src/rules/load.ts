import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from './lexicon.js';
import { buildLexicon, type ConceptGroup, type DefinedAt } from './lexicon-load.js';
import { RuleLoadError, type RuleProblem } from './problems.js';
import { checkScope } from './scope-check.js';
import { PackDef, RuleDef, RuleFileShape, type Check, type PackDef as PackDefT } from './schema.js';
import { parseYaml, positionOf, validate, type ParsedYaml } from './yaml-source.js';
import { packLexiconFiles, packYamlFiles } from './pack-paths.js';
import { patternRisk } from './safe-pattern.js';
import { compileClassRules, type CompiledClassRules } from './class-rules.js';
import { expandGroups, expandUses, loadNamedChecks, type NamedChecks } from './named-checks.js';
import { loadAdvice, type CriterionAdvice } from './advice.js';
import { historyPattern } from './signals/history.js';

export { RuleLoadError, formatRuleProblem, type RuleProblem } from './problems.js';

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
  /** named lists of concepts (lexicon `groups:`) */
  groups: Map<string, ConceptGroup>;
  /** where each concept and group was defined (core lexicon or the pack's own files) */
  defined: DefinedAt[];
  /** problems that do not stop the pack loading (shadowed concepts, duplicate terms), for `rules lint` */
  warnings: RuleProblem[];
  /** the document-class rules (pack.yaml `classes.rules`); without them every document takes the last topic and type */
  classRules?: CompiledClassRules;
  /** lexicon groups the rules name in their concept lists */
  groupsUsed?: Set<string>;
  /** plain words for reports by criterion id (pack.yaml `advice`) */
  advice?: Map<string, CriterionAdvice>;
  /** the claim signal's history words, with the lexicons' `historyGuard.describesPerson` left out (signals/history.ts) */
  history: RegExp;
}

/** The rules/ folder shipped with the package (from src/rules or dist/rules). */
export const BUILTIN_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

/** The pack folder holding a rule or lexicon file: the nearest folder above it with a pack.yaml. */
export function packDirOfFile(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, 'pack.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function resolvePackDir(idOrPath: string): string {
  if (/\.ya?ml$/.test(idOrPath) && existsSync(idOrPath) && statSync(idOrPath).isFile()) {
    const dir = packDirOfFile(idOrPath);
    if (dir) return dir;
  }
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

const optionalId = (id: string | undefined): string[] => (id ? [id] : []);

export function conceptsOf(check: Check): { key: string; ids: string[] }[] {
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
        { key: 'paragraphVetoes', ids: check.paragraphVetoes },
      ];
    case 'concept-count':
      return [{ key: 'concepts', ids: check.concepts }, { key: 'vetoes', ids: check.vetoes }, { key: 'inSectionHeaded', ids: check.inSectionHeaded }, { key: 'near', ids: check.near }];
    case 'claim':
      return [{ key: 'context', ids: check.context }, { key: 'vetoes', ids: check.vetoes }];
    case 'link-text':
      return [{ key: 'concepts', ids: check.concepts }, { key: 'vetoes', ids: check.vetoes }, { key: 'paragraphVetoes', ids: check.paragraphVetoes }];
    case 'language-version':
      return [];
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

/** Every concept a group names must exist. */
function checkGroups(groups: Map<string, ConceptGroup>, lexicon: Lexicon, defined: DefinedAt[], problems: RuleProblem[]): void {
  for (const [id, g] of groups) {
    const at = defined.find((d) => d.id === id);
    for (const c of g.concepts) {
      if (!lexicon.has(c)) problems.push({ file: at?.file ?? id, line: at?.line ?? 1, col: at?.col ?? 1, message: `unknown concept "${c}" in group ${id}`, hint: 'define it under `concepts:` in a lexicon file' });
    }
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

  const own = def && packYaml ? packLexiconFiles(dir, def.lexicons, (i) => ({ file: packYaml.file, ...positionOf(packYaml, ['lexicons', i]) }), problems) : [];
  const coreFiles = yamlFiles(join(BUILTIN_RULES_DIR, 'lexicons'));
  const lexiconFiles = [...coreFiles, ...own];
  const warnings: RuleProblem[] = [];
  const coreCount = coreFiles.length;
  const { lexicon, groups, defined, describesPerson } = buildLexicon(
    lexiconFiles.map((file, i) => ({ file, origin: i < coreCount ? 'core' : 'pack' })),
    problems,
    warnings,
  );
  checkGroups(groups, lexicon, defined, problems);

  // The class rules file (pack.yaml classes.rules) sits beside the rule files but is not one.
  let classRules: CompiledClassRules | undefined;
  let classFile: string | undefined;
  if (def?.classes.rules && packYaml) {
    [classFile] = packLexiconFiles(dir, [def.classes.rules], () => ({ file: packYaml.file, ...positionOf(packYaml, ['classes', 'rules']) }), problems, 'classes.rules');
    const y = classFile ? parseYaml(classFile, problems) : undefined;
    if (y) classRules = compileClassRules(y, def.classes, lexicon, groups, problems);
  }
  // Named checks (pack.yaml namedChecks): rules take them with `- use: name`.
  let named: NamedChecks = new Map();
  let namedFile: string | undefined;
  if (def?.namedChecks && packYaml) {
    [namedFile] = packLexiconFiles(dir, [def.namedChecks], () => ({ file: packYaml.file, ...positionOf(packYaml, ['namedChecks']) }), problems, 'namedChecks');
    const y = namedFile ? parseYaml(namedFile, problems) : undefined;
    if (y) named = loadNamedChecks(y, problems);
  }
  // Plain words for reports (pack.yaml advice): not a rule file either.
  let advice: Map<string, CriterionAdvice> | undefined;
  let adviceFile: string | undefined;
  if (def?.advice && packYaml) {
    [adviceFile] = packLexiconFiles(dir, [def.advice], () => ({ file: packYaml.file, ...positionOf(packYaml, ['advice']) }), problems, 'advice');
    const y = adviceFile ? parseYaml(adviceFile, problems) : undefined;
    if (y) advice = loadAdvice(y, def.criteria.map((c) => c.id), problems);
  }
  const groupsUsed = new Set<string>();

  const criteria = new Set(def?.criteria.map((c) => c.id));
  const rules: LoadedRule[] = [];
  const seen = new Set<string>();
  for (const file of packFiles.filter((f) => !f.endsWith('pack.yaml') && f !== classFile && f !== namedFile && f !== adviceFile)) {
    const y = parseYaml(file, problems);
    if (!y) continue;
    const shown = y;
    // The file's shape first, then each rule on its own, so one bad rule never hides the others.
    const rf = validate(RuleFileShape, shown, problems);
    if (!rf) continue;
    const valid = rf.rules.map((_, i) => {
      if (!expandUses(shown, i, named, problems)) return undefined;
      const rule = validate(RuleDef, shown, problems, ['rules', i]);
      return rule && { ...rule, checks: rule.checks.map((c) => expandGroups(c, lexicon, groups, groupsUsed)), unless: rule.unless.map((c) => expandGroups(c, lexicon, groups, groupsUsed)) };
    });
    if (def && !criteria.has(rf.criterion)) {
      problems.push({ file: shown.file, ...positionOf(shown, ['criterion']), message: `unknown criterion "${rf.criterion}"`, hint: `pack criteria: ${[...criteria].join(', ')}` });
    }
    valid.forEach((rule, i) => {
      if (!rule) return;
      checkReferences(shown, i, rule, lexicon, problems);
      checkScope(shown, i, rule, def, problems);
      const qualifiedId = `${def?.id ?? 'pack'}/${rule.id}`;
      if (seen.has(qualifiedId)) problems.push({ file: shown.file, ...positionOf(shown, ['rules', i, 'id']), message: `duplicate rule id "${rule.id}"` });
      seen.add(qualifiedId);
      rules.push({ ...rule, qualifiedId, criterion: rf.criterion, file: shown.file });
    });
  }
  if (problems.length > 0 || !def) throw new RuleLoadError(problems);
  const history = historyPattern(describesPerson);
  return { def, dir, rules, lexicon, groups, defined, warnings, groupsUsed, history, ...(classRules ? { classRules } : {}), ...(advice ? { advice } : {}) };
}
