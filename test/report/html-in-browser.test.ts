// Issue 13.10: the pages a newcomer sees, in real Chromium: report.html reflows at 320 px (WCAG
// 1.4.10: nothing scrolls sideways), the demo index fits a 1280 px screen, and axe-core finds no
// WCAG 2.2 AA violation in report.html, the demo index, the batch index or the national site's
// index, council and criterion pages (which also reflow at 320 px). Skipped without Chromium.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import { renderDemoIndex } from '../../src/report/index.js';
import { chromium } from '../browser/helpers.js';
import { fixtureSite } from '../helpers/fixture-sites.js';
import { BATCH_FLAGS, cli, writeList } from '../batch/batch-helpers.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const work = mkdtempSync(join(tmpdir(), 'atr-html-browser-'));
type Which = 'report' | 'demo' | 'batch' | 'national' | 'council' | 'criterion';
const pages: Record<Which, string> = { report: '', demo: '', batch: '', national: '', council: '', criterion: '' };
let browser: Browser | undefined;
let served: ServedSite[] = [];

beforeAll(async () => {
  if (!chromium) return;
  const reports: { slug: string; report: AuditReport }[] = [];
  for (const slug of ['typical-partial', 'nothing', 'exemplary']) {
    const out = join(work, slug);
    expect((await cli(['audit', join(fixtureSite(slug).dir, 'site'), '--out', out, '--quiet', '--format', 'json,html'])).code).toBe(0);
    reports.push({ slug, report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport });
  }
  pages.report = join(work, 'typical-partial', 'report.html');
  pages.demo = join(work, 'index.html');
  writeFileSync(pages.demo, renderDemoIndex(reports.map(({ slug, report }) => ({ slug, name: report.organisation.name, description: `The ${slug} fixture council, written in our own words to test one kind of website.`, report, expected: { C1: 'met' } }))));
  served = await Promise.all(listFixtureSites().filter((f) => ['typical-partial', 'nothing'].includes(f.slug)).map((f) => serveFixture(f)));
  const list = writeList(join(work, 'list.csv'), served.map((s, i) => `E${i + 1},${s.slug} council,england,county,${s.url}`));
  expect((await cli(['batch', list, '--out', join(work, 'batch'), ...BATCH_FLAGS])).code).toBe(0);
  pages.batch = join(work, 'batch', 'index.html');
  pages.national = join(work, 'batch', 'national_site', 'index.html');
  pages.council = join(work, 'batch', 'national_site', 'councils', 'e1.html');
  pages.criterion = join(work, 'batch', 'national_site', 'criteria', 'c1.html');
  browser = await playwright.launch({ executablePath: chromium, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(served.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

async function open(file: string, width: number): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 800 } });
  await page.goto(pathToFileURL(file).href);
  return page;
}

// Evaluated in the page (strings: the project's TypeScript has no DOM types).
const sideways = (page: Page): Promise<number> => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe.skipIf(!chromium)('report pages in Chromium', () => {
  it('report.html reflows at 320 px: no sideways scrolling, each criterion cell names its column', async () => {
    const page = await open(pages.report, 320);
    // Open every <details> so the sources table is laid out too.
    await page.evaluate("document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))");
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const label = await page.evaluate<string>("getComputedStyle(document.querySelector('table.reflow td[data-label]'), '::before').content");
    expect(label).toMatch(/Criterion/);
    await page.close();
  });

  it('the demo index fits a 1280 px screen and a 320 px one', async () => {
    for (const width of [1280, 320]) {
      const page = await open(pages.demo, width);
      expect(await sideways(page), `${width} px`).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('the national pages reflow at 320 px', async () => {
    for (const which of ['national', 'council', 'criterion'] as const) {
      const page = await open(pages[which], 320);
      expect(await sideways(page), which).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it.each(['report', 'demo', 'batch', 'national', 'council', 'criterion'] as const)('axe-core: no WCAG 2.2 AA violations in the %s page', async (which) => {
    const page = await open(pages[which], 1280);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate<string[]>(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`);
    expect(violations).toEqual([]);
    await page.close();
  });
});
