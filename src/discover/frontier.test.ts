import { describe, expect, it } from 'vitest';
import { Frontier, sectionOf } from './frontier.js';

const drain = (f: Frontier): string[] => {
  const out: string[] = [];
  for (let i = f.pop(); i; i = f.pop()) out.push(i.url);
  return out;
};

describe('Frontier: breadth and fairness', () => {
  it('names sections by host and first meaningful path segment', () => {
    expect(sectionOf('https://www.c.gov.uk/adult-social-care/care-homes/x')).toBe('www.c.gov.uk/adult-social-care');
    expect(sectionOf('https://www.c.gov.uk/en/children/x')).toBe('www.c.gov.uk/children');
    expect(sectionOf('https://localoffer.c.gov.uk/')).toBe('localoffer.c.gov.uk/');
  });

  it("sweeps the start page's links before any deeper link, however strong", () => {
    const f = new Frontier({ sweep: 10 });
    f.push({ url: 'https://c.test/', score: Number.POSITIVE_INFINITY, depth: 0 });
    f.push({ url: 'https://c.test/adult/records', score: 9, depth: 2 });
    f.push({ url: 'https://c.test/children', score: 1, depth: 1 });
    f.push({ url: 'https://c.test/bins', score: 0, depth: 1 });
    f.push({ url: 'https://c.test/parking', score: -2, depth: 1 }); // penalised: not part of the sweep
    expect(drain(f)).toEqual(['https://c.test/', 'https://c.test/children', 'https://c.test/bins', 'https://c.test/adult/records', 'https://c.test/parking']);
  });

  it('stops sweeping at its limit', () => {
    const f = new Frontier({ sweep: 1 });
    f.push({ url: 'https://c.test/a', score: 1, depth: 1 });
    f.pop();
    f.push({ url: 'https://c.test/deep', score: 5, depth: 3 });
    f.push({ url: 'https://c.test/b', score: 1, depth: 1 });
    expect(drain(f)).toEqual(['https://c.test/deep', 'https://c.test/b']);
  });

  it('lets a big section that keeps scoring well take a share, then gives the others their turn', () => {
    const f = new Frontier({ sweep: 0, sectionHalfLife: 4 });
    for (let i = 0; i < 50; i++) f.push({ url: `https://c.test/adult/home-${i}`, score: 3, depth: 2 });
    f.push({ url: 'https://c.test/children/care-leavers', score: 1.6, depth: 2 });
    const order = drain(f);
    // 3 / (1 + taken/4) drops below 1.6 once adult social care has taken 4 pages
    expect(order.indexOf('https://c.test/children/care-leavers')).toBe(4);
    expect(order).toHaveLength(51);
  });

  it('promotes a waiting link: it comes up at its new score, once, and the best waiting score follows', () => {
    const f = new Frontier({ sweep: 0 });
    f.push({ url: 'https://c.test/a/1', score: 5, depth: 2 });
    f.push({ url: 'https://c.test/b/1', score: 1, depth: 2 });
    expect(f.bestScore()).toBe(5);
    expect(f.promote('https://c.test/b/1', 0.5)).toBe(false);
    expect(f.promote('https://c.test/b/1', 8)).toBe(true);
    expect(f.promote('https://c.test/none', 8)).toBe(false);
    expect(f.bestScore()).toBe(8);
    expect(f.size).toBe(2);
    expect(drain(f)).toEqual(['https://c.test/b/1', 'https://c.test/a/1']);
    expect(f.bestScore()).toBe(Number.NEGATIVE_INFINITY);
  });
});
