import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { loadPack } from '../rules/index.js';
import { applyCrawlBudget, crawlBudgetOf } from './budget.js';

const SITE = 'https://www.harrowfield.example/';
const pack = loadPack('clearmark');

describe('crawlBudgetOf', () => {
  it('counts only links whose words point at the subject, best first', () => {
    const budget = crawlBudgetOf(
      [
        { url: `${SITE}bins`, score: -3 },
        { url: `${SITE}news`, score: 0.2 },
        { url: `${SITE}care-leavers/records`, score: 6.2 },
        { url: `${SITE}children`, score: 1 },
      ],
      3,
    );
    expect(budget).toEqual({ maxPages: 3, skipped: 4, promising: 2, unvisited: [`${SITE}care-leavers/records`, `${SITE}children`] });
  });

  it('is nothing when only unpromising links were left', () => {
    expect(crawlBudgetOf([{ url: `${SITE}council-tax`, score: -2 }], 3)).toBeUndefined();
    expect(crawlBudgetOf([], 3)).toBeUndefined();
  });
});

describe('applyCrawlBudget', () => {
  it('leaves a report alone when nothing promising was left unvisited', () => {
    expect(applyCrawlBudget(sampleReport, undefined, [pack], SITE)).toBe(sampleReport);
  });

  it('marks every verdict short of met as not certain, and the summary as incomplete', () => {
    const budget = { maxPages: 5, skipped: 9, promising: 4, unvisited: [`${SITE}care-leavers/more`] };
    const out = applyCrawlBudget({ ...sampleReport, criteria: sampleReport.criteria.filter((c) => c.status !== 'error') }, budget, [pack], SITE);
    for (const c of out.criteria) {
      const improvable = ['not_met', 'partial', 'needs_evidence'].includes(c.status);
      expect(Boolean(c.uncertain), c.id).toBe(improvable);
    }
    expect(out.criteria.find((c) => c.status === 'not_met')!.uncertain).toMatch(/--max-pages 5 with 4 promising links unvisited \(such as .*care-leavers\/more\).*Raise --max-pages to 10 or more/);
    expect(out.summary.complete).toBe(false);
    expect(out.crawlBudget).toBe(budget);
    expect(out.problems.filter((p) => p.kind === 'budget-exhausted')).toHaveLength(1);
  });

  it('ties a link named for one criterion (a feedback survey) to that criterion only', () => {
    const budget = { maxPages: 5, skipped: 1, promising: 1, unvisited: [`${SITE}care-leavers/feedback-survey`] };
    const allNotMet = { ...sampleReport, criteria: sampleReport.criteria.map((c) => ({ ...c, status: 'not_met' as const, score: 0 as const })) };
    const out = applyCrawlBudget(allNotMet, budget, [pack], SITE);
    expect(out.criteria.filter((c) => c.uncertain).map((c) => c.id)).toEqual(['C7']);
  });
});
