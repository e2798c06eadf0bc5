// Audits of fixture sites whose records content exists only after JavaScript runs, with a real
// Chromium: --render auto reads it, --render never and a missing browser say a browser was needed.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditReport, Evidence } from '../../src/core/index.js';
import { rescore, runAudit, type AuditConfig } from '../../src/pipeline/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { chromium, clock, serveBrowserSite } from './helpers.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const work = mkdtempSync(join(tmpdir(), 'atr-browser-'));
const served: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(served.map((s) => s.close())));

async function audit(slug: string, name: string, extra: Partial<AuditConfig>): Promise<{ report: AuditReport; out: string }> {
  const site = await serveBrowserSite(slug);
  served.push(site);
  const out = join(work, `${slug}-${name}`);
  const { report } = await runAudit(
    { targets: [site.url], outDir: out, formats: ['json', 'html'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 20, render: 'auto', ...extra },
    { http: loopbackHttp(), clock },
  );
  return { report, out };
}

const c1 = (r: AuditReport) => r.criteria.find((c) => c.id === 'C1')!;
const evidenceOf = (r: AuditReport): Evidence[] => r.criteria.flatMap((c) => c.findings.flatMap((f) => f.evidence));
const recordsPage = (r: AuditReport) => r.sources.find((s) => s.url.endsWith('/care-leavers/your-care-records.html'))!;

describe('pages that need a browser, without one', () => {
  it('--render never: the page is reported as needing a browser and C1 is error, not not_met', async () => {
    const { report } = await audit('script-bundle', 'never', { render: 'never' });
    expect(c1(report).status).toBe('error');
    const problem = report.problems.find((p) => p.kind === 'render-unavailable');
    expect(problem?.url).toMatch(/your-care-records\.html$/);
    expect(problem?.message).toContain('--render never');
    expect(recordsPage(report).fetchedWith).toBe('http');
  });

  it('no browser at the named path: the audit completes over HTTP and says why', async () => {
    const { report } = await audit('accordion', 'missing', { browser: join(work, 'no-such-chromium'), screenshots: 'evidence' });
    expect(c1(report).status).toBe('error');
    const problem = report.problems.find((p) => p.kind === 'render-unavailable');
    expect(problem?.message).toContain('no browser at');
    expect(problem?.message).toContain('apt-get install chromium');
    expect(evidenceOf(report).some((e) => e.screenshot)).toBe(false);
  });

  it('a browser that fails to start: same honest outcome', async () => {
    const { report } = await audit('cookie-wall', 'broken', { browser: '/bin/false' });
    expect(c1(report).status).toBe('error');
    expect(report.problems.find((p) => p.kind === 'render-unavailable')?.message).toContain('failed to start');
  });
});

describe.skipIf(!chromium)('pages that need a browser, with Chromium', () => {
  let bundleOut = '';

  it('script bundle: --render auto reads the built page, C1 met, stored as rendered, with screenshots', async () => {
    const { report, out } = await audit('script-bundle', 'auto', { browser: chromium, screenshots: 'evidence' });
    bundleOut = out;
    expect(c1(report).status).toBe('met');
    expect(report.problems.filter((p) => p.kind === 'render-unavailable')).toEqual([]);
    expect(recordsPage(report).fetchedWith).toBe('browser');
    expect(reportSchemaErrors(report)).toEqual([]);
    const shots = evidenceOf(report).filter((e) => e.screenshot);
    expect(shots.length).toBeGreaterThan(0);
    for (const e of shots) {
      const png = readFileSync(join(out, e.screenshot!));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
    // what was read is what is stored: rescore offline gives the same verdicts and keeps the screenshots
    const again = await rescore(out, { rules: ['clearmark'], formats: ['json', 'html'], now: new Date() });
    expect(again.report.criteria.map((c) => c.status)).toEqual(report.criteria.map((c) => c.status));
    expect(evidenceOf(again.report).filter((e) => e.screenshot).length).toBe(shots.length);
  });

  it('report.html in Chromium: no console errors, screenshots shown, evidence linked, hostile quote as text', async () => {
    expect(bundleOut).not.toBe('');
    const { chromium: pw } = await import('playwright-core');
    const { launchOptions } = await import('../../src/fetch/index.js');
    const browser = await pw.launch(launchOptions(chromium!));
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${join(bundleOut, 'report.html')}`, { waitUntil: 'load' });
      const seen = (await page.evaluate(`(() => {
        const imgs = [...document.querySelectorAll('figure.shot img')];
        return {
          images: imgs.length,
          loaded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length,
          sourceLinks: document.querySelectorAll('a[href*=":~:text="]').length,
          scripts: document.scripts.length,
          quotes: [...document.querySelectorAll('blockquote p')].map((p) => p.textContent),
        };
      })()`)) as { images: number; loaded: number; sourceLinks: number; scripts: number; quotes: string[] };
      expect(errors).toEqual([]);
      expect(seen.images).toBeGreaterThan(0);
      expect(seen.loaded).toBe(seen.images);
      expect(seen.sourceLinks).toBeGreaterThan(0);
      expect(seen.scripts).toBe(0);
      expect(seen.quotes.some((q) => q.includes('"free" <script>alert(1)</script>'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('accordion: panels filled by script on click are opened and read', async () => {
    const { report } = await audit('accordion', 'auto', { browser: chromium, screenshots: 'none' });
    expect(c1(report).status).toBe('met');
    expect(c1(report).findings.flatMap((f) => f.evidence).some((e) => /at any age/.test(e.quote) || /ask to see the records/.test(e.quote))).toBe(true);
    expect(evidenceOf(report).every((e) => e.screenshot === undefined)).toBe(true);
  });

  it('cookie wall: the banner is answered, the content read, and evidence says it was after consent', async () => {
    const { report } = await audit('cookie-wall', 'auto', { browser: chromium, screenshots: 'none' });
    expect(c1(report).status).toBe('met');
    const e = c1(report).findings.flatMap((f) => f.evidence)[0]!;
    expect(e.consent).toBe('after');
  });

  it('cookie wall with --consent none: nothing clicked, so the content stays hidden', async () => {
    const { report } = await audit('cookie-wall', 'no-consent', { browser: chromium, screenshots: 'none', consent: { choice: 'none', cookies: [], localStorage: [], click: [] } });
    expect(c1(report).status).not.toBe('met');
  });

  it('cookie wall with a declared consent cookie: read without clicking', async () => {
    const { report, out } = await audit('cookie-wall', 'cookie', {
      browser: chromium,
      screenshots: 'none',
      consent: { choice: 'none', cookies: [{ name: 'site_consent', value: 'essential' }], localStorage: [], click: [] },
    });
    expect(c1(report).status).toBe('met');
    expect(existsSync(join(out, 'crawl', 'crawl.json'))).toBe(true);
  });
});
