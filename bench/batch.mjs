// Batch throughput vs plain fetching, and peak memory. Not a test: run `npm run build && node bench/batch.mjs [sites] [concurrency]`.
// Serves the fixture councils on 127.0.0.1 (cycled up to N sites), runs `batch` in-process, then
// fetches exactly the pages the batch fetched, with the same concurrency (one site at a time per
// worker, pages of a site in sequence, like the crawler), and prints both times and peak RSS: of
// this (the parent) process, of each site child process (bench/lib/proc-memory.mjs, Linux /proc),
// and of all of them together.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fetch } from 'undici';
import { listFixtureSites, serveFixture } from '../dist/demo/index.js';
import { run } from '../dist/cli/main.js';
import { sampleProcessMemory } from './lib/proc-memory.mjs';

const N = Number(process.argv[2] ?? 50);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const fixtures = listFixtureSites();
const served = await Promise.all(Array.from({ length: N }, (_, i) => serveFixture(fixtures[i % fixtures.length])));
const work = mkdtempSync(join(tmpdir(), 'atr-bench-'));
const list = join(work, 'list.csv');
writeFileSync(list, `code,name,homepage\n${served.map((s, i) => `B${i},${s.slug} ${i},${s.url}`).join('\n')}\n`);

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const processes = sampleProcessMemory();
const quiet = { stdout: () => {}, stderr: () => {}, color: false, isTTY: false, columns: 80 };

const t0 = performance.now();
const code = await run(['batch', list, '--out', join(work, 'out'), '--render', 'never', '--quiet', '--delay', '0', '--concurrency', String(CONCURRENCY), '--allow-private'], quiet);
const batchMs = performance.now() - t0;
const batchPeak = peak;
const memory = processes.stop();

// The same pages, merely fetched.
const pagesBySite = served.map((_, i) => {
  const crawl = JSON.parse(readFileSync(join(work, 'out', `b${i}`, 'crawl', 'crawl.json'), 'utf8'));
  return crawl.resources.map((r) => r.finalUrl);
});
const pages = pagesBySite.reduce((n, p) => n + p.length, 0);
const queue = [...pagesBySite];
const t1 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let urls = queue.shift(); urls; urls = queue.shift()) {
      for (const url of urls) await (await fetch(url)).arrayBuffer();
    }
  }),
);
const fetchMs = performance.now() - t1;
clearInterval(sampler);
await Promise.all(served.map((s) => s.close()));
rmSync(work, { recursive: true, force: true });

const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`sites ${N}, concurrency ${CONCURRENCY}, exit code ${code}, pages/documents fetched ${pages}`);
console.log(`batch (crawl + extract + classify + evaluate + write reports + summary): ${(batchMs / 1000).toFixed(2)} s (${((N / batchMs) * 60_000).toFixed(0)} sites/min)`);
console.log(`plain fetch of the same pages, same concurrency: ${(fetchMs / 1000).toFixed(2)} s`);
console.log(`ratio batch/fetch: ${(batchMs / fetchMs).toFixed(1)}x; peak RSS of the parent process during the batch: ${mb(batchPeak)} (its own high-water mark ${mb(memory.parentPeak)})`);
if (memory.supported && memory.children.length) {
  const c = memory.children;
  console.log(`site child processes: ${c.length}; peak RSS each: max ${mb(c[0])}, median ${mb(c[Math.floor(c.length / 2)])}, min ${mb(c.at(-1))}`);
  console.log(`peak RSS of the parent and its children together: ${mb(memory.totalPeak)}`);
} else console.log('site child processes: not measured (no /proc)');
