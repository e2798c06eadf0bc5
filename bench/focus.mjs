// Benchmark: the focused crawl on generated councils (src/sitegen). For each archetype and size:
// pages fetched until the default audit had every piece of evidence an exhaustive audit (every page)
// finds, pages fetched in all, whether the verdicts are the same, and wall time at 0 ms and 20 ms
// per-request latency beside a plain fetch of the same pages (our overhead). Writes
// reports/bench/focus.md and focus.json. Sizes: BENCH_FOCUS_SIZES (default 1000,3000,20000).
//
// The exhaustive audit of a 20,000-page site takes long; `--exhaustive-only` runs just that and
// keeps each result in reports/bench/focus-exhaustive.json, which later runs reuse (by archetype,
// size and seed) instead of crawling every page again. BENCH_FOCUS_ARCHETYPES picks archetypes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.BENCH_FOCUS_DIST ?? '../dist';
const { ARCHETYPES, measureExhaustive, measureFocus } = await import(`${dist}/sitegen/index.js`);

const sizes = (process.env.BENCH_FOCUS_SIZES ?? '1000,3000,20000').split(',').map(Number);
const archetypes = process.env.BENCH_FOCUS_ARCHETYPES ? process.env.BENCH_FOCUS_ARCHETYPES.split(',') : ARCHETYPES;
const sitesRoot = join(import.meta.dirname, '../fixtures/sites');
const cachePath = join(import.meta.dirname, '../reports/bench/focus-exhaustive.json');
const readCache = () => (existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : { results: [] });
// Kept exhaustive audits are only reused with the rules they were measured with.
const rulesDir = join(import.meta.dirname, '../rules');
const rulesHash = (() => {
  const hash = createHash('sha256');
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : hash.update(`${e.name}\n`).update(readFileSync(join(dir, e.name)))));
  walk(rulesDir);
  return hash.digest('hex').slice(0, 16);
})();
const cacheKey = (r) => `${r.archetype}:${r.size}:${r.seed}:${r.rulesHash ?? 'unknown'}`;

if (process.argv.includes('--exhaustive-only')) {
  for (const size of sizes) {
    for (const archetype of archetypes) {
      const result = await measureExhaustive({ archetype, size, seed: 1, sitesRoot });
      // Re-read before writing: another run may have added its own rows meanwhile.
      const cache = readCache();
      const row = { ...result, rulesHash, measuredAt: new Date().toISOString(), node: process.version };
      cache.results = [...cache.results.filter((r) => cacheKey(r) !== cacheKey(row)), row];
      mkdirSync(join(cachePath, '..'), { recursive: true });
      writeFileSync(cachePath, `${JSON.stringify(cache, null, 2)}\n`);
      console.log(`${archetype.padEnd(17)} ${String(size).padStart(6)} exhaustive: ${result.fetched} fetched, evidence ${result.evidence.length}, ${result.statuses}, ${Math.round(result.ms / 1000)} s`);
    }
  }
  process.exit(0);
}
const ms = (v) => (v === null || v === undefined ? 'not run' : String(Math.round(v)));
const cached = new Map(readCache().results.map((r) => [cacheKey(r), r]));
const rows = [];
for (const size of sizes) {
  for (const archetype of archetypes) {
    const exhaustiveResult = cached.get(cacheKey({ archetype, size, seed: 1, rulesHash }));
    // BENCH_FOCUS_KEPT_ONLY=1: no exhaustive audit is run here; rows without a kept one say "not run".
    const skipExhaustive = !exhaustiveResult && Boolean(process.env.BENCH_FOCUS_KEPT_ONLY);
    const m = await measureFocus({ archetype, size, seed: 1, sitesRoot, ...(exhaustiveResult ? { exhaustiveResult } : {}), ...(skipExhaustive ? { exhaustive: false } : {}) });
    // BENCH_FOCUS_SKIP_LATENCY=1: no second run at 20 ms latency (its columns say "not run").
    const slow = process.env.BENCH_FOCUS_SKIP_LATENCY ? { ms: null, plainFetchMs: null } : await measureFocus({ archetype, size, seed: 1, sitesRoot, latencyMs: 20, exhaustive: false });
    rows.push({ size, ...m, evidence: m.evidence.length, exhaustiveCached: Boolean(exhaustiveResult), exhaustiveRun: !skipExhaustive, ms20: slow.ms, plainFetchMs20: slow.plainFetchMs });
    const r = rows.at(-1);
    const stop = r.earlyStop ? `stopped early at ${r.earlyStop.pagesFetched} (last ${r.earlyStop.quietPages} quiet)` : 'no early stop';
    console.log(`${archetype.padEnd(17)} ${String(size).padStart(6)} pages: evidence ${r.evidence} all by page ${r.fetchedUntilAllEvidence ?? 'never'}, fetched ${r.fetched}, ${stop} (exhaustive ${r.exhaustiveFetched}${r.exhaustiveCached ? ', kept' : ''}), verdicts ${r.verdictsEqual ? 'same' : 'DIFFER'}, ${Math.round(r.ms)} ms (plain fetch ${Math.round(r.plainFetchMs)} ms), at 20 ms latency ${ms(r.ms20)} ms (plain ${ms(r.plainFetchMs20)} ms)`);
  }
}
const out = join(import.meta.dirname, '../reports/bench');
mkdirSync(out, { recursive: true });
// BENCH_FOCUS_MERGE=1: keep the rows of other sizes and archetypes from the last run (a slow size run on its own).
if (process.env.BENCH_FOCUS_MERGE && existsSync(join(out, 'focus.json'))) {
  const mine = new Set(rows.map((r) => `${r.archetype}:${r.size}`));
  const kept = JSON.parse(readFileSync(join(out, 'focus.json'), 'utf8')).rows.filter((r) => r.size !== undefined && !mine.has(`${r.archetype}:${r.size}`));
  rows.push(...kept);
  rows.sort((a, b) => a.size - b.size || ARCHETYPES.indexOf(a.archetype) - ARCHETYPES.indexOf(b.archetype));
}
writeFileSync(join(out, 'focus.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
const md = [
  `# Focused crawl on generated councils (${new Date().toISOString().slice(0, 10)}, node ${process.version})`,
  '',
  'Default audit (200-page budget, --patience 40) against an exhaustive one (every page, no early stop) on the same generated site. "All evidence by" is the number of pages fetched when the last page the exhaustive audit quoted had been fetched; "generator evidence by" is the same for every page the generator put evidence on (a check that needs no exhaustive audit); "fetched" is what the default audit fetched in all, "stopped early" says whether it stopped before its budget because the last pages added nothing. Exhaustive audits marked "kept" were run once with `--exhaustive-only` and read from focus-exhaustive.json; "not run": none was run in time, and "evidence" is then what the default audit quoted.',
  '',
  'Page counts and verdicts are exact; times are from a 2-core machine shared with other heavy work and only show orders of magnitude.',
  '',
  '| archetype | pages | evidence | all evidence by | generator evidence by | fetched | stopped early | exhaustive fetched | same verdicts | ms (0 ms latency) | plain fetch ms | ms (20 ms latency) | plain fetch ms (20 ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.archetype} | ${r.pages} | ${r.evidence} | ${r.fetchedUntilAllEvidence ?? 'never'} | ${r.fetchedUntilGeneratorEvidence === undefined ? '' : (r.fetchedUntilGeneratorEvidence ?? 'never')} | ${r.fetched} | ${r.earlyStop ? `yes, last ${r.earlyStop.quietPages} quiet` : 'no'} | ${r.exhaustiveRun === false ? 'not run' : `${r.exhaustiveFetched}${r.exhaustiveCached ? ' (kept)' : ''}`} | ${r.exhaustiveRun === false ? 'n/a' : r.verdictsEqual ? 'yes' : 'no'} | ${Math.round(r.ms)} | ${Math.round(r.plainFetchMs)} | ${ms(r.ms20)} | ${ms(r.plainFetchMs20)} |`,
  ),
  '',
];
writeFileSync(join(out, 'focus.md'), md.join('\n'));
console.log(`wrote ${join(out, 'focus.md')}`);
