import { describe, expect, it } from 'vitest';
import { loadPack, runRuleExamples } from './index.js';
import { runClassExamples } from '../classify/index.js';

describe('clearmark pack', () => {
  const pack = loadPack('clearmark');

  it('loads all seven criteria and rules for each', () => {
    expect(pack.def.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    for (const c of pack.def.criteria) expect(pack.rules.some((r) => r.criterion === c.id)).toBe(true);
  });

  it("passes every rule's must-match and must-not-match examples", () => {
    const { passed, failures } = runRuleExamples(pack);
    expect(failures.map((f) => `${f.ruleId} should ${f.expected === 'match' ? 'match' : 'not match'}: ${f.example.slice(0, 80)}`)).toEqual([]);
    expect(passed).toBeGreaterThan(40);
  });

  it("passes every class rule's examples and gives every topic and document type at least one", () => {
    const { passed, failures } = runClassExamples(pack);
    expect(failures).toEqual([]);
    expect(passed).toBeGreaterThan(10);
    const classes = pack.classRules!;
    for (const t of pack.def.classes.topics) expect(classes.topics.some((r) => r.class === t.id), t.id).toBe(true);
    for (const t of pack.def.classes.docTypes) expect(classes.docTypes.some((r) => r.class === t.id), t.id).toBe(true);
  });
});
