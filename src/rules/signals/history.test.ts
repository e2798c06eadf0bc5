// The claim signal's history words (issue 10): the engine's pattern is generic; which words after
// "previously" or "formerly" describe a person comes from the lexicons (core.yaml historyGuard).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../index.js';
import { historyPattern } from './history.js';

describe('historyPattern', () => {
  it('finds words about the past', () => {
    const history = historyPattern([]);
    for (const past of ['the limit was 40 days', 'before 2018 we charged', 'under the old law', 'this rule was abolished', 'formerly the fee applied']) {
      expect(history.test(past), past).toBe(true);
    }
    expect(history.test('we reply within 40 days')).toBe(false);
  });

  it('leaves out "previously" or "formerly" before the words given, and only there', () => {
    const history = historyPattern(['members of', 'wrote (to)']);
    expect(history.test('people formerly members of the club can ask')).toBe(false);
    expect(history.test('people who previously wrote (to) us')).toBe(false);
    expect(history.test('formerly the fee was charged')).toBe(true);
    expect(history.test('people formerly members of the club can ask; no longer free')).toBe(true);
  });

  it('takes the words from the core lexicon for every pack', () => {
    const { history } = loadPack('legal-accuracy');
    expect(history.source).toBe(historyPattern(['looked', 'in care', 'accommodated', 'fostered']).source);
    // the same pattern as the one src/rules/signals/claim.ts held before the words moved to the lexicon
    expect(history.source).toBe(
      /\b(replaced|repealed|superseded|no longer|used to|in the past|(previously|formerly)(?! (looked|in care|accommodated|fostered))|(until|before|prior to) ((\d{1,2} )?[a-z]+ )?(19\d\d|20[01]\d)|under the (old|previous|former) (law|act|rules?)|the (old|previous|former) (limit|fee|rule|law)|(limit|fee|rule|charge|deadline) (was|used)|was abolished)\b/i.source,
    );
    expect(history.flags).toBe('i');
    expect(history.test('if you were formerly looked after')).toBe(false);
    expect(history.test('formerly the limit applied')).toBe(true);
  });

  it("adds a pack lexicon's words to the core ones", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'history-pack-')), 'pack');
    cpSync(join(import.meta.dirname, '../../../test/library-pack/pack'), dir, { recursive: true });
    const lexicon = join(dir, 'lexicons', 'library.yaml');
    writeFileSync(lexicon, `historyGuard:\n  describesPerson: [members of]\n${readFileSync(lexicon, 'utf8')}`);
    const { history } = loadPack(dir);
    expect(history.test('formerly members of the club')).toBe(false);
    expect(history.test('formerly looked after')).toBe(false);
    expect(history.test('formerly the fee applied')).toBe(true);
  });
});
