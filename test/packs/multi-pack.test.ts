// Issue 17, item 5: several packs in one run. `--rules clearmark,ico-care-records` on the ico-mixed
// fixture gives one report with the main pack as before plus packs[] (one scored section each),
// from one crawl: the number of requests equals a single-pack audit's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/cli/io.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import type { HttpClient } from '../../src/fetch/index.js';
import { runAudit, type AuditOutcome } from '../../src/pipeline/index.js';
import { renderTerminalSummary } from '../../src/report/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { toContractOrder } from '../../src/report/json.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const fixture = listFixtureSites().find((s) => s.slug === 'ico-mixed')!;
const expected = JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8')) as { verdicts: Record<string, string>; packs: Record<string, Record<string, string>> };
const work = mkdtempSync(join(tmpdir(), 'atr-packs-'));

/** A loopback client that counts every request the crawl makes. */
function countingHttp(): HttpClient & { count: () => number } {
  const base = loopbackHttp();
  let n = 0;
  return { addresses: base.addresses, get: (url, opts) => ((n += 1), base.get(url, opts)), count: () => n };
}

async function audit(site: ServedSite, rules: string[], maxPages: number, out: string): Promise<{ outcome: AuditOutcome; requests: number }> {
  const http = countingHttp();
  const outcome = await runAudit(
    { targets: [site.url], outDir: join(work, out), formats: ['json', 'html', 'md'], rules, orgType: 'local-authority', maxPages, render: 'never', delayMs: 0 },
    { http, clock: systemClock, renderer: null },
  );
  return { outcome, requests: http.count() };
}

describe('several packs in one run', () => {
  let site: ServedSite;
  let single: { outcome: AuditOutcome; requests: number };
  let both: { outcome: AuditOutcome; requests: number };

  beforeAll(async () => {
    site = await serveFixture(fixture);
    // a true single-pack audit: legal-accuracy, on by default, left out
    single = await audit(site, ['clearmark', '-legal-accuracy'], 200, 'single');
    both = await audit(site, ['clearmark', 'ico-care-records'], 200, 'both');
  }, 120_000);
  afterAll(async () => {
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('crawls once: as many requests as a single-pack audit, and the same sources', () => {
    expect(single.requests).toBeGreaterThan(5);
    expect(both.requests).toBe(single.requests);
    expect(both.outcome.report.sources.map((s) => s.url)).toEqual(single.outcome.report.sources.map((s) => s.url));
  });

  it('keeps the main pack as it was and adds one scored section per further pack', () => {
    const r = both.outcome.report;
    expect(r.ruleset.id).toBe('clearmark');
    const withoutClock = (x: unknown): string => JSON.stringify(x).replace(/"fetchedAt":"[^"]*"/g, '');
    expect(withoutClock(r.criteria)).toBe(withoutClock(single.outcome.report.criteria));
    expect(r.summary.score).toBe(single.outcome.report.summary.score);
    expect(Object.fromEntries(r.criteria.map((c) => [c.id, c.status]))).toEqual(expected.verdicts);
    expect(r.packs.map((p) => p.ruleset.id)).toEqual(['ico-care-records', 'legal-accuracy']);
    expect(reportSchemaErrors(toContractOrder(r))).toEqual([]);
  });

  it("judges the ICO standards the fixture meets and fails, each at the ICO's level, must first", () => {
    const ico = both.outcome.report.packs[0]!;
    const got = Object.fromEntries(ico.criteria.map((c) => [c.id, c.status]));
    for (const [id, status] of Object.entries(expected.packs['ico-care-records']!)) expect(got[id], id).toBe(status);
    // standards no public page can show are needs_evidence with what to ask for
    for (const id of ['ICO-LA1', 'ICO-LA5', 'ICO-CR3']) {
      const c = ico.criteria.find((x) => x.id === id)!;
      expect(c.status).toBe('needs_evidence');
      expect(c.findings.some((f) => f.status === 'needs_evidence' && /ask/i.test(f.message))).toBe(true);
    }
    expect(ico.criteria.find((c) => c.id === 'ICO-EM8')!.level).toBe('level not read');
    const levels = ico.summary.levels!;
    expect(levels[0]!.level).toBe('must');
    expect(levels.map((l) => l.level)).toEqual(['must', 'should', 'expected', 'could / should', 'could', 'may consider', 'level not read']);
    // must: EM1 met, LA2 partial (a period under 75 years), LA1 and LA5 need evidence
    expect(levels[0]).toMatchObject({ criteria: ['ICO-LA1', 'ICO-LA2', 'ICO-LA5', 'ICO-EM1'], met: 1, partial: 1, needsEvidence: 2, score: 75 });
    expect(ico.summary.score).toBe(levels[0]!.score);
  });

  it('classes documents with each pack\'s own class rules', () => {
    const ico = both.outcome.report.packs[0]!;
    const la2 = ico.criteria.find((c) => c.id === 'ICO-LA2')!;
    expect(la2.findings[0]!.evidence[0]!.url).toMatch(/records-retention/);
    const em1 = ico.criteria.find((c) => c.id === 'ICO-EM1')!;
    expect(em1.findings[0]!.ruleId).toBe('ico-care-records/em1-plain-route-and-process');
  });

  it('shows a section and a score per pack, with one line per level, in html, md and the terminal', () => {
    const read = (f: string): string => readFileSync(join(work, 'both', f), 'utf8');
    expect(read('report.html')).toMatch(/Rule pack ico-care-records 0\.1\.0: 75\/100/);
    expect(read('report.html')).toContain('&quot;must&quot; (ICO-LA1, ICO-LA2, ICO-LA5, ICO-EM1): 75/100');
    expect(read('report.html')).toMatch(/<dt>Other rule packs<\/dt><dd><a href="#pack-ico-care-records">ico-care-records<\/a> 75\/100 · <a href="#pack-legal-accuracy">legal-accuracy<\/a> \d+\/100<\/dd>/);
    expect(read('report.html')).toContain('<h2 id="pack-ico-care-records">');
    expect(read('report.md')).toMatch(/## Rule pack ico-care-records 0\.1\.0: 75\/100/);
    expect(read('report.md')).toContain('- Rule pack ico-care-records 0.1.0: 75/100');
    expect(read('report.md')).toContain('"could / should" \\(ICO-EM5\\): 0/100');
    const terminal = renderTerminalSummary(both.outcome.report, { color: false, width: 160, labels: both.outcome.labels });
    expect(terminal).toContain('Also ico-care-records 0.1.0: 75/100');
    expect(terminal).toContain('"must" (ICO-LA1, ICO-LA2, ICO-LA5, ICO-EM1): 75/100');
  });

  it('spends the same budget when the budget runs out (merged focus, one crawl)', async () => {
    const a = await audit(site, ['clearmark', '-legal-accuracy'], 4, 'small-single');
    const b = await audit(site, ['clearmark', 'ico-care-records'], 4, 'small-both');
    expect(b.requests).toBe(a.requests);
  }, 60_000);
});
