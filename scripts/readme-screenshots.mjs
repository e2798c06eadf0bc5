#!/usr/bin/env node
// Regenerates the README's pictures: report.html of one fixture council and the national site's
// index from a batch with --history. Not a test: run `npm run build && node scripts/readme-screenshots.mjs`.
// Needs Chromium (the system one, or ATR_AUDIT_BROWSER). Everything is served on 127.0.0.1.
//
// The history is honest but small: the earlier run is the same fixture councils audited with a
// 4-page budget, the later one with the default budget, so the change shown is what a bigger
// crawl found. Writes docs/images/report.png and docs/images/national-index.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { run } from '../dist/cli/main.js';
import { listFixtureSites, serveFixture } from '../dist/demo/index.js';
import { resolveBrowser } from '../dist/fetch/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = join(ROOT, 'docs', 'images');
const COUNCILS = ['typical-partial', 'exemplary', 'nothing', 'pdf-policy-only', 'wales-no-welsh', 'outdated-law'];
const browserPath = resolveBrowser({ env: process.env }).browser?.path;
if (!browserPath) {
  console.error('no Chromium found: apt-get install chromium, or set ATR_AUDIT_BROWSER');
  process.exit(2);
}

const quiet = { stdout: () => {}, stderr: (t) => process.stderr.write(t), color: false, isTTY: false, columns: 100 };
const cli = async (args) => {
  const code = await run(args, quiet);
  if (code !== 0) throw new Error(`atr-audit ${args.join(' ')}: exit ${code}`);
};

const work = mkdtempSync(join(tmpdir(), 'atr-readme-shots-'));
const served = await Promise.all(listFixtureSites().filter((f) => COUNCILS.includes(f.slug)).map((f) => serveFixture(f)));
try {
  const list = join(work, 'list.csv');
  writeFileSync(list, `code,name,nation,type,homepage\n${served.map((s, i) => `F${i + 1},${s.slug.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')} Council,${s.slug.startsWith('wales') ? 'wales' : 'england'},unitary,${s.url}`).join('\n')}\n`);
  const flags = ['--render', 'never', '--quiet', '--delay', '0', '--allow-private', '--format', 'json,html'];
  const earlier = join(work, 'earlier');
  await cli(['batch', list, '--out', earlier, ...flags, '--max-pages', '4']);
  const later = join(work, 'later');
  await cli(['batch', list, '--out', later, ...flags, '--history', earlier]);
  const typical = `f${served.findIndex((s) => s.slug === 'typical-partial') + 1}`;

  mkdirSync(IMAGES, { recursive: true });
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  const shoot = async (file, out) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: out });
    await page.close();
    console.log(`wrote ${out}`);
  };
  await shoot(join(later, typical, 'report.html'), join(IMAGES, 'report.png'));
  await shoot(join(later, 'national_site', 'index.html'), join(IMAGES, 'national-index.png'));
  await browser.close();
} finally {
  await Promise.all(served.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
}
