// A tiny run of the focus benchmark (bench/focus.mjs), so it cannot rot: on a generated council of
// each archetype, the default 200-page audit finds every piece of evidence an exhaustive audit
// finds, with the same verdicts, and then stops early (the last 40 pages added nothing; a crawl
// that found nothing spends its budget). Timings
// are the benchmark's business, not asserted here. That the early stop never cuts off evidence
// that is deep is tested with scripted sites in src/discover/crawl-early-stop.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES, measureFocus } from '../../src/sitegen/index.js';

const sitesRoot = join(import.meta.dirname, '../../fixtures/sites');

describe('the focused crawl on generated councils (400 pages)', () => {
  it.each(ARCHETYPES)('%s: all the evidence of an exhaustive crawl, the same verdicts, then an early stop', async (archetype) => {
    const m = await measureFocus({ archetype, size: 400, seed: 11, sitesRoot });
    expect(m.exhaustiveFetched).toBeGreaterThan(300);
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
    // Two audits of a 400-page site each: generous room on a loaded machine (not a timing assertion).
  }, 300_000);
});
