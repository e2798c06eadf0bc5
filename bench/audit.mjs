// Benchmark: one audit of each fixture council, in-process, against a baseline measured in the
// same run: plain HTTP GETs of exactly the URLs the audit assessed (no parsing, no rules).
// Run with `npm run bench` (after `npm run build`). Prints a table; no thresholds are asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const { listFixtureSites, serveFixture } = await import('../dist/demo/index.js');
const { runAudit } = await import('../dist/pipeline/index.js');
const { createAddressGuard, createHttpClient } = await import('../dist/fetch/index.js');
const { systemClock } = await import('../dist/cli/io.js');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'atr-bench-'));
const rows = [];
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

for (const site of listFixtureSites()) {
  const served = await serveFixture(site);
  try {
    let auditMs = 0;
    let fetchMs = 0;
    let pages = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const { report } = await runAudit(
        { targets: [served.url], outDir: join(work, site.slug), formats: ['json', 'html'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 200, render: 'never' },
        { http: createHttpClient({ addresses: createAddressGuard({ allowPrivate: true }) }), clock: systemClock }, // fixtures are on 127.0.0.1
      );
      auditMs += performance.now() - t0;
      sample();
      const urls = report.sources.filter((s) => s.outcome === 'assessed').map((s) => s.finalUrl ?? s.url);
      pages = urls.length;
      const t1 = performance.now();
      for (const url of urls) await (await fetch(url)).arrayBuffer();
      fetchMs += performance.now() - t1;
    }
    rows.push({ site: site.slug, pages, auditMs: auditMs / ROUNDS, fetchMs: fetchMs / ROUNDS });
  } finally {
    await served.close();
  }
}
rmSync(work, { recursive: true, force: true });

const pad = (s, n) => String(s).padStart(n);
console.log(`audit vs fetch-only baseline, mean of ${ROUNDS} rounds, same run, node ${process.version}`);
console.log(`${'site'.padEnd(22)}${pad('pages', 6)}${pad('audit ms', 10)}${pad('fetch ms', 10)}${pad('ratio', 7)}`);
for (const r of rows) {
  console.log(`${r.site.padEnd(22)}${pad(r.pages, 6)}${pad(r.auditMs.toFixed(1), 10)}${pad(r.fetchMs.toFixed(1), 10)}${pad((r.auditMs / r.fetchMs).toFixed(1), 7)}`);
}
const total = rows.reduce((a, r) => ({ pages: a.pages + r.pages, audit: a.audit + r.auditMs, fetch: a.fetch + r.fetchMs }), { pages: 0, audit: 0, fetch: 0 });
console.log(`total: ${total.pages} pages, audit ${(total.pages / (total.audit / 1000)).toFixed(0)} pages/s, fetch-only ${(total.pages / (total.fetch / 1000)).toFixed(0)} pages/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);
