import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, slugify, trimQuote } from './text.js';

describe('text helpers', () => {
  it('normalises whitespace including nbsp', () => {
    expect(normaliseWhitespace('  a\u00a0 b\n\nc ')).toBe('a b c');
  });
  it('slugifies names', () => {
    expect(slugify('Bournemouth, Christchurch & Poole Council')).toBe('bournemouth-christchurch-and-poole-council');
  });
  it('trims long quotes on a word boundary with an ellipsis', () => {
    const q = trimQuote('word '.repeat(100), 50);
    expect(q.length).toBeLessThanOrEqual(50);
    expect(q.endsWith('…')).toBe(true);
  });
});
