import { ExitCode } from '../core/index.js';
import { resolve } from 'node:path';
import { runClassExamples } from '../classify/index.js';
import { listBuiltinPacks, loadPack, RuleLoadError, formatRuleProblem, referencedIds, runRuleExamples, unusedDefinitions, type DefinedAt, type LoadedPack, type RuleProblem } from '../rules/index.js';
import type { CliIo } from './io.js';

/** The concept and group ids the pack's class rules read. */
const classifierReads = (pack: LoadedPack): string[] => [...(pack.classRules?.reads ?? [])];

function packsFor(target: string | undefined): string[] {
  return target ? [target] : listBuiltinPacks();
}

export function rulesList(target: string | undefined, io: CliIo): ExitCode {
  for (const id of packsFor(target)) {
    const pack = loadPack(id);
    io.stdout(`${pack.def.id} ${pack.def.version}: ${pack.def.title}${pack.def.defaultOn ? ' (on by default)' : ''}\n`);
    const src = pack.def.source;
    io.stdout(src ? `  source: ${[src.title, src.publisher, src.date, src.url].filter(Boolean).join(', ')}\n` : '  source: not given (pack.yaml source)\n');
    if (pack.def.scoring) io.stdout(`  scored by level: ${pack.def.scoring.levels.join(', ')}\n`);
    io.stdout(`  topics (best evidence first):\n`);
    for (const t of pack.def.classes.topics) io.stdout(`    ${t.id}: ${t.title}\n`);
    io.stdout(`  document types:\n`);
    for (const t of pack.def.classes.docTypes) io.stdout(`    ${t.id}: ${t.title}\n`);
    if (pack.classRules) {
      io.stdout(`  class rules (${pack.def.classes.rules}, first that holds):\n`);
      for (const [axis, list] of [['topic', pack.classRules.topics], ['type', pack.classRules.docTypes]] as const) {
        list.forEach((r, i) => io.stdout(`    ${axis} ${i + 1}. ${r.class}: ${r.reason}\n`));
      }
    }
    for (const c of pack.def.criteria) {
      io.stdout(`  ${c.id} ${c.level ? `[${c.level}] ` : ''}${c.title}${c.nations ? ` (${c.nations.join(', ')} only)` : ''}\n`);
      for (const r of pack.rules.filter((x) => x.criterion === c.id)) {
        const level = r.kind === 'verdict' ? r.level : `advisory ${r.severity}`;
        io.stdout(`    ${r.qualifiedId} [${level}] ${r.title}\n`);
      }
    }
  }
  return ExitCode.Ok;
}

/** Every schema and reference problem of each pack as file:line:col; warnings too; exit 2 when a problem. */
export function rulesLint(target: string | undefined, io: CliIo): ExitCode {
  // `rules lint some/pack/c1.yaml` lints the pack the file sits in and reports that file only.
  const onlyFile = target !== undefined && /\.ya?ml$/.test(target) ? resolve(target) : undefined;
  const shown = (p: RuleProblem): boolean => onlyFile === undefined || resolve(p.file) === onlyFile;
  const asWarning = (p: RuleProblem): RuleProblem => ({ ...p, message: `warning: ${p.message}` });
  let problems = 0;
  let warnings = 0;
  const coreUnused = new Map<string, DefinedAt>();
  const coreUsedSomewhere = new Set<string>();
  for (const id of packsFor(target)) {
    try {
      const pack = loadPack(id);
      const unused = unusedDefinitions(pack, classifierReads(pack)).map((d) => ({ file: d.file, line: d.line, col: d.col, message: `concept "${d.id}" is defined but never used`, hint: 'use it in a rule or a group, or delete it' }));
      const found = [...pack.warnings, ...unused].filter(shown);
      for (const w of found) io.stderr(`${formatRuleProblem(asWarning(w))}\n`);
      warnings += found.length;
      for (const d of unusedDefinitions(pack, classifierReads(pack), 'core')) coreUnused.set(d.id, d);
      for (const id of [...referencedIds(pack), ...classifierReads(pack)]) coreUsedSomewhere.add(id);
      io.stdout(`${pack.def.id}: ${pack.rules.length} rules, no problems${found.length ? `, ${found.length} warning${found.length > 1 ? 's' : ''}` : ''}\n`);
    } catch (e) {
      if (!(e instanceof RuleLoadError)) throw e;
      const found = e.problems.filter(shown);
      for (const p of found) io.stderr(`${formatRuleProblem(p)}\n`);
      problems += found.length;
    }
  }
  // A core concept no built-in pack reads is dead weight (only known when every built-in pack is linted).
  if (target === undefined) {
    for (const d of coreUnused.values()) {
      if (coreUsedSomewhere.has(d.id)) continue;
      io.stderr(`${formatRuleProblem(asWarning({ file: d.file, line: d.line, col: d.col, message: `core concept "${d.id}" is used by no built-in pack`, hint: 'use it in a rule, or delete it' }))}\n`);
      warnings++;
    }
  }
  if (problems) io.stderr(`${problems} problem${problems > 1 ? 's' : ''}\n`);
  else if (warnings) io.stderr(`${warnings} warning${warnings > 1 ? 's' : ''}\n`);
  return problems ? ExitCode.Usage : ExitCode.Ok;
}

/** Run each rule's must-match and must-not-match examples. */
export function rulesTest(target: string | undefined, io: CliIo): ExitCode {
  let failed = 0;
  for (const id of packsFor(target)) {
    const pack = loadPack(id);
    const rules = runRuleExamples(pack);
    const classes = runClassExamples(pack);
    const passed = rules.passed + classes.passed;
    const failures = [...rules.failures, ...classes.failures];
    for (const f of failures) {
      io.stderr(`FAIL ${f.ruleId} (${f.file}) should ${f.expected === 'match' ? 'match' : 'not match'}:\n  ${f.example.replace(/\n/g, '\n  ')}\n`);
    }
    io.stdout(`${pack.def.id}: ${passed} examples passed, ${failures.length} failed\n`);
    failed += failures.length;
  }
  return failed ? ExitCode.ThresholdFailed : ExitCode.Ok;
}
