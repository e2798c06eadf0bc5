// A tiny run of the focus benchmark (bench/focus.mjs), so it cannot rot: on a generated council of
// each archetype, the default 200-page audit finds every piece of evidence an exhaustive audit
// finds, with the same verdicts, and then stops early (the last 40 pages added nothing; a crawl
// that found nothing spends its budget). Timings
// are the benchmark's business, not asserted here. That the early stop never cuts off evidence
// that is deep is tested with scripted sites in src/discover/crawl-early-stop.test.ts.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ARCHETYPES, measureFocus } from '../../src/sitegen/index.js';

// Sixteen audits would each load the clearmark pack again (~0.3 s of CPU each); once is enough.
vi.mock('../../src/rules/index.js', async (real) => (await import('../helpers/memo-rules.js')).memoisedRules(await real()));

const sitesRoot = join(import.meta.dirname, '../../fixtures/sites');

// 300 pages (was 400): at seed 11 every archetype finds its evidence and stops at the same page as
// at 400 (at 250, data-protection's evidence sits shallower), and every site is bigger than the
// 200-page budget (the exhaustive crawl reads 249-353 pages), so stopping early and spending the
// budget both mean something. Bigger sites: npm run bench.
describe('the focused crawl on generated councils (300 pages)', () => {
  it.each(ARCHETYPES)('%s: all the evidence of an exhaustive crawl, the same verdicts, then an early stop', async (archetype) => {
    const m = await measureFocus({ archetype, size: 300, seed: 11, sitesRoot });
    expect(m.exhaustiveFetched).toBeGreaterThan(200); // more than the budget
    expect(m.fetchedUntilAllEvidence, `${archetype}: evidence ${m.evidence.join(', ')}`).not.toBeNull();
    expect(m.fetched).toBeLessThanOrEqual(200);
    expect(m.statuses).toBe(m.exhaustiveStatuses);
    if (archetype === 'distractors-only') expect(m.statuses).not.toMatch(/:met/);
    // A crawl that has found nothing never stops early: it spends its budget (early-stop.ts).
    if (m.evidence.length === 0) {
      expect(m.earlyStop).toBeNull();
      expect(m.fetched).toBe(200);
      return;
    }
    // Stopped before the budget, and only after 40 quiet pages past the last evidence.
    expect(m.earlyStop).not.toBeNull();
    expect(m.fetched).toBe(m.earlyStop!.pagesFetched);
    expect(m.earlyStop!.pagesFetched).toBeGreaterThanOrEqual(m.fetchedUntilAllEvidence! + 40);
    // Two audits of a 300-page site each: generous room on a loaded machine (not a timing assertion).
  }, 300_000);
});
