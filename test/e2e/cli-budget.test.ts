// Issue 13.2: a crawl that ran out of --max-pages with promising links unvisited must not give a
// complete report with a plain "not met": the criteria say they are not certain, a problem is
// recorded, and the terminal says how many links went unvisited and to raise --max-pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { withServedFixture } from '../helpers/fixture-sites.js';

const work = mkdtempSync(join(tmpdir(), 'atr-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const io: CliIo & { err: string } = { err: '', color: false, isTTY: false, columns: 80, stdout: () => undefined, stderr: (t: string) => void (io.err += t) };
  const code = await run(args, io);
  return { code, err: io.err };
}
const read = (dir: string): AuditReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;

describe('audit with a crawl budget too small for the site', () => {
  it('marks the verdicts short of met as not certain, in report.json and on the terminal', async () => {
    await withServedFixture('exemplary', async (served) => {
      const out = join(work, 'small');
      const r = await cli(['audit', served.url, '--allow-private', '--render', 'never', '--max-pages', '3', '--out', out, '--format', 'json,html,md']);
      expect(r.code).toBe(0);
      const report = read(out);
      expect(reportSchemaErrors(report)).toEqual([]);
      // The crawl reads the records page within 3 pages; the policy (C4) waits further down.
      const c4 = report.criteria.find((c) => c.id === 'C4')!;
      expect(c4.status).toBe('not_met');
      expect(c4.uncertain).toMatch(/--max-pages 3 with \d+ promising links unvisited/);
      expect(report.summary.complete).toBe(false);
      expect(report.crawlBudget).toMatchObject({ maxPages: 3, skipped: 15 });
      expect(report.crawlBudget!.promising).toBeGreaterThan(0);
      expect(report.crawlBudget!.unvisited).toContain(`${served.url}children-and-families/care-leavers/seeing-your-records-guide.html`);
      // bins and council tax are not promising
      expect(report.crawlBudget!.unvisited.some((u) => /bins|council-tax/.test(u))).toBe(false);
      expect(report.problems).toContainEqual({ url: served.url, kind: 'budget-exhausted', message: expect.stringMatching(/Raise --max-pages/) });
      for (const c of report.criteria) expect(Boolean(c.uncertain)).toBe(c.status !== 'met');
      expect(r.err).toMatch(/incomplete: C4, C5, C6 not certain \(crawl budget ran out\)/);
      expect(r.err).toMatch(/Crawl budget ran out \(--max-pages 3\): \d+ promising links unvisited\./);
      expect(r.err).toMatch(/C4, C5, C6 are not certain; raise it: try --max-pages \d+\./);
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Not certain.');
      // rescore of the saved crawl judges the same way
      expect((await cli(['rescore', out, '--quiet'])).code).toBe(0);
      expect(read(out).criteria.map((c) => c.uncertain)).toEqual(report.criteria.map((c) => c.uncertain));

      const whole = join(work, 'whole');
      expect((await cli(['audit', served.url, '--allow-private', '--render', 'never', '--out', whole, '--quiet'])).code).toBe(0);
      const full = read(whole);
      expect(full.crawlBudget).toBeUndefined();
      expect(full.summary.complete).toBe(true);
      expect(full.criteria.find((c) => c.id === 'C6')!.status).toBe('met');
    });
  });
});
