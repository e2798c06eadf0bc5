import { ExitCode } from '../core/index.js';
import { listBuiltinPacks, loadPack, RuleLoadError, formatRuleProblem, runRuleExamples } from '../rules/index.js';
import type { CliIo } from './io.js';

function packsFor(target: string | undefined): string[] {
  return target ? [target] : listBuiltinPacks();
}

export function rulesList(target: string | undefined, io: CliIo): ExitCode {
  for (const id of packsFor(target)) {
    const pack = loadPack(id);
    io.stdout(`${pack.def.id} ${pack.def.version}: ${pack.def.title}\n`);
    for (const c of pack.def.criteria) {
      io.stdout(`  ${c.id} ${c.title}\n`);
      for (const r of pack.rules.filter((x) => x.criterion === c.id)) {
        const level = r.kind === 'verdict' ? r.level : `advisory ${r.severity}`;
        io.stdout(`    ${r.qualifiedId} [${level}] ${r.title}\n`);
      }
    }
  }
  return ExitCode.Ok;
}

/** Every schema and reference problem of each pack as file:line:col; exit 2 when any. */
export function rulesLint(target: string | undefined, io: CliIo): ExitCode {
  let problems = 0;
  for (const id of packsFor(target)) {
    try {
      const pack = loadPack(id);
      io.stdout(`${pack.def.id}: ${pack.rules.length} rules, no problems\n`);
    } catch (e) {
      if (!(e instanceof RuleLoadError)) throw e;
      for (const p of e.problems) io.stderr(`${formatRuleProblem(p)}\n`);
      problems += e.problems.length;
    }
  }
  if (problems) io.stderr(`${problems} problem${problems > 1 ? 's' : ''}\n`);
  return problems ? ExitCode.Usage : ExitCode.Ok;
}

/** Run each rule's must-match and must-not-match examples. */
export function rulesTest(target: string | undefined, io: CliIo): ExitCode {
  let failed = 0;
  for (const id of packsFor(target)) {
    const pack = loadPack(id);
    const { passed, failures } = runRuleExamples(pack);
    for (const f of failures) {
      io.stderr(`FAIL ${f.ruleId} (${f.file}) should ${f.expected === 'match' ? 'match' : 'not match'}:\n  ${f.example.replace(/\n/g, '\n  ')}\n`);
    }
    io.stdout(`${pack.def.id}: ${passed} examples passed, ${failures.length} failed\n`);
    failed += failures.length;
  }
  return failed ? ExitCode.ThresholdFailed : ExitCode.Ok;
}
