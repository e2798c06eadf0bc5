#!/usr/bin/env node
// Render overhead: audit the same fixture sites over HTTP only (--render never) and with every
// HTML page opened in Chromium (--render always), in one run, and print pages/s for each.
// Needs `npm run build` first. Usage: node bench/render.mjs [rounds]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFixtureSites, serveFixture } from '../dist/demo/index.js';
import { createAddressGuard, createHttpClient, resolveBrowser } from '../dist/fetch/index.js';
import { runAudit } from '../dist/pipeline/index.js';

const rounds = Number(process.argv[2] ?? 3);
const browser = resolveBrowser().browser;
if (!browser) {
  console.error('no Chromium found: install it (apt-get install chromium) or set ATR_AUDIT_BROWSER');
  process.exit(1);
}
const clock = { now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
const work = mkdtempSync(join(tmpdir(), 'atr-bench-'));
const sites = listFixtureSites().filter((s) => ['exemplary', 'typical-partial', 'js-only', 'buried-deep'].includes(s.slug));
const totals = { never: { pages: 0, ms: 0 }, always: { pages: 0, ms: 0 } };

for (let round = 0; round < rounds; round++) {
  for (const site of sites) {
    const served = await serveFixture(site);
    try {
      for (const render of ['never', 'always']) {
        const t0 = performance.now();
        const { report } = await runAudit(
          { targets: [served.url], outDir: join(work, `${site.slug}-${render}-${round}`), formats: ['json'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 200, render, browser: browser.path, screenshots: 'none' },
          { http: createHttpClient({ addresses: createAddressGuard({ allowPrivate: true }) }), clock },
        );
        totals[render].ms += performance.now() - t0;
        totals[render].pages += report.summary.sources.assessed;
      }
    } finally {
      await served.close();
    }
  }
}
rmSync(work, { recursive: true, force: true });
const rate = (t) => (t.pages / (t.ms / 1000)).toFixed(1);
console.log(`browser: ${browser.path}; ${rounds} rounds over ${sites.map((s) => s.slug).join(', ')} (full audits: crawl, extract, rules, report)`);
console.log(`HTTP only (--render never):     ${totals.never.pages} pages in ${(totals.never.ms / 1000).toFixed(2)} s = ${rate(totals.never)} pages/s`);
console.log(`every page in Chromium (always): ${totals.always.pages} pages in ${(totals.always.ms / 1000).toFixed(2)} s = ${rate(totals.always)} pages/s`);
console.log('(each --render always audit includes starting and closing Chromium once)');
