import { describe, expect, it } from 'vitest';
import { EarlyStopRule } from './early-stop.js';

const quiet = { changed: false, settled: false, matched: false };
const found = { changed: true, settled: false, matched: true };
const idle = { bestWaiting: 2, settled: false, nearEvidenceWaiting: 0 };

function feed(rule: EarlyStopRule, pages: number, score = 3): void {
  for (let i = 0; i < pages; i++) rule.observe(score, quiet);
}

describe('the early-stopping rule', () => {
  it('stops once `patience` pages in a row added nothing and nothing better waits', () => {
    const rule = new EarlyStopRule(5);
    rule.observe(6, found);
    feed(rule, 4);
    expect(rule.check(idle)).toBeUndefined();
    feed(rule, 1);
    expect(rule.check(idle)).toEqual({ pagesFetched: 6, quietPages: 5, patience: 5 });
  });

  it('never stops a crawl that has found nothing: its negatives get the whole budget', () => {
    const rule = new EarlyStopRule(5);
    feed(rule, 50);
    expect(rule.check(idle)).toBeUndefined();
  });

  it('goes on while a waiting link scores clearly above the level the quiet pages were fetched at', () => {
    const rule = new EarlyStopRule(5);
    rule.observe(6, found);
    feed(rule, 3, 2);
    feed(rule, 2, 9); // one or two decoys scoring high do not raise the level: it is the median
    expect(rule.quietLevel()).toBe(2);
    expect(rule.check({ ...idle, bestWaiting: 4 })).toBeUndefined();
    expect(rule.check({ ...idle, bestWaiting: 3 })).toBeDefined();
  });

  it('goes on while links beside evidence wait, unless every criterion is met', () => {
    const rule = new EarlyStopRule(5);
    rule.observe(6, found);
    feed(rule, 5);
    expect(rule.check({ ...idle, nearEvidenceWaiting: 1 })).toBeUndefined();
    expect(rule.check({ ...idle, nearEvidenceWaiting: 1, bestWaiting: 99, settled: true })).toBeDefined();
  });

  it('a page that changes a verdict or its evidence starts the count again; 0 never stops', () => {
    const rule = new EarlyStopRule(5);
    rule.observe(6, found);
    feed(rule, 4);
    rule.observe(3, { ...found, matched: false });
    feed(rule, 4);
    expect(rule.check(idle)).toBeUndefined();
    const off = new EarlyStopRule(0);
    off.observe(6, found);
    feed(off, 100);
    expect(off.check({ ...idle, settled: true })).toBeUndefined();
  });
});
