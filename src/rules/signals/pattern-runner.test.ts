// User patterns run with a time budget: one that backtracks for ever becomes a recorded problem.
import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../../evaluate/index.js';
import { documentFromText, loadPack, type LoadedPack, type LoadedRule } from '../index.js';
import { findAllMatches, MAX_BLOCK_CHARS, PatternBudgetError } from './pattern-runner.js';

const EVIL = `${'a'.repeat(40)}!`;

describe('findAllMatches', () => {
  it('gives every match of every pattern in every text', () => {
    expect(findAllMatches(['a+b', 'x'], ['xxaab ab', 'no'])).toEqual([
      [[[2, 3], [6, 2]], []],
      [[[0, 1], [1, 1]], []],
    ]);
  });

  it('cuts each text to MAX_BLOCK_CHARS', () => {
    const [[hits]] = findAllMatches(['b'], [`${'a'.repeat(MAX_BLOCK_CHARS)}b`]) as [[[number, number][]]];
    expect(hits).toEqual([]);
  });

  it('stops a catastrophic pattern at its budget, names it, and does not run it again', () => {
    const started = Date.now();
    expect(() => findAllMatches(['fine', '^(x+)+$'], ['fine', `${'x'.repeat(40)}!`], 300)).toThrow(PatternBudgetError);
    expect(Date.now() - started).toBeLessThan(3000);
    try {
      findAllMatches(['^(x+)+$'], ['short'], 300);
      expect.unreachable();
    } catch (e) {
      expect((e as PatternBudgetError).pattern).toBe('^(x+)+$');
    }
    // The worker is replaced: other patterns still run.
    expect(findAllMatches(['ok'], ['ok'])).toEqual([[[[0, 2]]]]);
  });
});

describe('evaluatePack with a pattern that still hangs', () => {
  it('records a problem for that rule and document and finishes', () => {
    const clearmark = loadPack('clearmark');
    const base = clearmark.rules.find((r) => r.checks.some((c) => c.signal === 'claim'))!;
    const rule: LoadedRule = { ...base, scope: {}, unless: [], checks: [{ signal: 'claim', patterns: ['^(a+)+$'], context: [], vetoes: [], historyGuard: false }] } as LoadedRule;
    const pack: LoadedPack = { ...clearmark, rules: [rule] };
    const doc = { ...documentFromText(EVIL), url: 'https://council.example/evil' };
    const started = Date.now();
    const [outcome] = evaluatePack(pack, [doc], { orgType: 'local-authority' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome!.matches).toEqual([]);
    expect(outcome!.stopped).toEqual([{ url: 'https://council.example/evil', message: expect.stringContaining(`rule ${rule.qualifiedId}: pattern /^(a+)+$/ took longer than`) }]);
  });
});
