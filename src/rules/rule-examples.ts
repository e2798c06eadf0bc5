import { analyseDocument, documentFromText } from './analysed-document.js';
import type { LoadedPack } from './load.js';
import { matchRule } from './match-rule.js';

export interface ExampleFailure {
  ruleId: string;
  file: string;
  expected: 'match' | 'no_match';
  example: string;
}

/** Run every rule's examples (scope ignored: examples test the checks). */
export function runRuleExamples(pack: LoadedPack): { passed: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const rule of pack.rules) {
    for (const expected of ['match', 'no_match'] as const) {
      for (const example of rule.examples[expected]) {
        const matched = matchRule(rule, analyseDocument(documentFromText(example)), pack) !== undefined;
        if (matched === (expected === 'match')) passed++;
        else failures.push({ ruleId: rule.qualifiedId, file: rule.file, expected, example });
      }
    }
  }
  return { passed, failures };
}
