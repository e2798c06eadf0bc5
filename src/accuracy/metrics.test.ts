import { describe, expect, it } from 'vitest';
import { computeMetrics, type Judgement } from './metrics.js';

const j = (item: string, criterion: string, label: Judgement['label'], predicted: Judgement['predicted']): Judgement => ({ item, criterion, label, predicted });

describe('computeMetrics', () => {
  it('scores presence per criterion and exact agreement overall', () => {
    const m = computeMetrics([
      j('a', 'C1', 'met', 'met'),
      j('b', 'C1', 'partial', 'met'), // presence agrees, level does not
      j('c', 'C1', 'not_met', 'partial'), // false positive
      j('d', 'C1', 'met', 'not_met'), // false negative
      j('a', 'C2', 'not_met', 'not_met'),
    ]);
    const c1 = m.criteria.find((c) => c.criterion === 'C1')!;
    expect([c1.tp, c1.fp, c1.fn]).toEqual([2, 1, 1]);
    expect(c1.precision).toBeCloseTo(2 / 3, 3);
    expect(c1.recall).toBeCloseTo(2 / 3, 3);
    expect(c1.confusion.partial).toEqual({ met: 1 });
    // C2 has no positive label, so it is left out of the macro average
    expect(m.macroF1).toBeCloseTo(2 / 3, 3);
    expect(m.exactAgreement).toBeCloseTo(2 / 5, 3);
  });

  it('gives F1 0 when there are positives but none found', () => {
    const m = computeMetrics([j('a', 'C3', 'met', 'not_met')]);
    expect(m.criteria[0]!.f1).toBe(0);
    expect(m.macroF1).toBe(0);
  });
});
