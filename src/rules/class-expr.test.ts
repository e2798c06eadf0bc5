import { describe, expect, it } from 'vitest';
import { ExprError, evalExpr, parseExpr } from './class-expr.js';

const run = (src: string, names: Record<string, number> = {}): number =>
  evalExpr(parseExpr(src), (n) => names[n] ?? NaN, (fn, args, ev) => (fn === 'max' ? Math.max(...args.map(ev)) : NaN));

describe('class rule expressions', () => {
  it('arithmetic, comparison and logic give numbers; booleans are 1 and 0', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3 >= 9')).toBe(1);
    expect(run('not a or b and c', { a: 1, b: 1, c: 0 })).toBe(0);
    expect(run('a-b - 1', { 'a-b': 5 })).toBe(4); // a hyphen inside a name is part of it
    expect(run('3 / 0')).toBe(0);
    expect(run('max(1, x, 2) == 4', { x: 4 })).toBe(1);
    expect(run('-2 + 5')).toBe(3);
  });

  it('names the character where a bad expression goes wrong', () => {
    expect(() => parseExpr('a >= ')).toThrow(ExprError);
    try {
      parseExpr('count(a, body) > > 2');
    } catch (e) {
      expect((e as ExprError).at).toBe(17);
    }
  });
});
