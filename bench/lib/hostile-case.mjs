// One hostile case. `make <case> <file>` writes its input (so the case's process does not pay for
// building it); `run <case> <file>` runs it in a fresh process and prints one JSON line:
// { ms, outcome, rssMb }. Without arguments: the case names.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as gen from './hostile-inputs.mjs';

// HOSTILE_DIST: another build to measure (e.g. the one before a change), else ../../dist.
const DIST = process.env.HOSTILE_DIST ? pathToFileURL(process.env.HOSTILE_DIST).href : new URL('../../dist', import.meta.url).href;

const MB = 1024 * 1024;
const URL_ = 'http://127.0.0.1/downloads/file/1234';
const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', html: 'text/html' };
const resource = (kind) => ({ url: URL_, finalUrl: URL_, status: 200, contentType: TYPES[kind], kind, contentHash: 'sha256:x', bytes: 0, fetchedAt: '2025-01-01T00:00:00Z', fetchedWith: 'http', depth: 1, relevance: 1 });

let extract;
async function extractor() {
  const { extractResource } = await import(`${DIST}/extract/index.js`);
  const isolated = process.env.HOSTILE_INPROCESS ? undefined : await import(`${DIST}/extract/isolated.js`).catch(() => undefined);
  return isolated ? isolated.createIsolatedExtractor() : extractResource;
}

const doc = (kind, make) => ({
  make,
  run: async (body) => {
    extract ??= await extractor();
    const d = await extract(resource(kind), body);
    return `${d.blocks.length} blocks, ${d.links.length} links${d.truncated ? `, truncated: ${d.truncated.slice(0, 60)}` : ""}`;
  },
});

const sitemap = (bytes) => ({
  make: () => gen.gzipSitemap(bytes, 'http://127.0.0.1'),
  run: async (body) => {
    const { readSitemaps } = await import(`${DIST}/discover/sitemaps.js`);
    const requester = { get: async (url) => ({ status: 200, body, finalUrl: url, headers: {} }) };
    const r = await readSitemaps([{ url: 'http://127.0.0.1/sitemap.xml.gz', explicit: true }], requester, () => true);
    return `${r.pageUrls.length} urls, problems: ${r.problems.map((p) => p.kind).join(',') || 'none'}`;
  },
});

const robots = (bytes, urlLength) => ({
  make: () => Buffer.from(gen.wildcardRobots(bytes)),
  run: async (body) => {
    const { parseRobots } = await import(`${DIST}/discover/robots.js`);
    const rules = parseRobots('http://127.0.0.1/robots.txt', body.toString('utf8'), 'atr-audit');
    return `allowed: ${rules.isAllowed(`http://127.0.0.1/${'a'.repeat(urlLength)}`)}`;
  },
});

const html = (text) => () => Buffer.from(text());

export const cases = {
  'docx 100 KB xml (baseline)': doc('docx', () => gen.docxBytes(100 * 1024)),
  'docx 2 MB xml': doc('docx', () => gen.docxBytes(2 * MB)),
  'docx 20 MB xml': doc('docx', () => gen.docxBytes(20 * MB)),
  'docx 49 MB xml': doc('docx', () => gen.docxBytes(49 * MB)),
  'docx 1 GiB xml, declares 1 KB': doc('docx', () => gen.docxBytes(1024 * MB, { declaredSize: 1024 })),
  'docx 3 GiB xml, declares 3 GiB': doc('docx', () => gen.docxBytes(3 * 1024 * MB)),
  'pdf 10 KB stream (baseline)': doc('pdf', () => gen.pdfBytes(10 * 1024)),
  'pdf stream inflating to 1.5 GiB': doc('pdf', () => gen.pdfBytes(1536 * MB)),
  'pdf 10 KB LZW stream (baseline)': doc('pdf', () => gen.pdfBytes(10 * 1024, undefined, { filter: 'lzw' })),
  'pdf LZW stream decoding to 1.5 GiB': doc('pdf', () => gen.pdfBytes(1536 * MB, undefined, { filter: 'lzw' })),
  'sitemap.xml.gz 100 KB (baseline)': sitemap(100 * 1024),
  'sitemap.xml.gz inflating to 1 GiB': sitemap(1024 * MB),
  'html 100 nested (baseline)': doc('html', html(() => gen.nestedHtml(100))),
  'html 100k nested divs': doc('html', html(() => gen.nestedHtml(100_000))),
  'html 1M nested divs': doc('html', html(() => gen.nestedHtml(1_000_000))),
  'html 1k links (baseline)': doc('html', html(() => gen.linksHtml(1_000))),
  'html 2.5M inline elements': doc('html', html(() => gen.inlineHtml(2_500_000))),
  'html 1M links': doc('html', html(() => gen.linksHtml(1_000_000))),
  'robots.txt 1 KB (baseline)': robots(1024, 2000),
  'robots.txt 1 MB wildcards, 100 KB URL': robots(MB, 100_000),
  'robots.txt 1 MB wildcards, 2,000-char URL': robots(MB, 2_000),
};

const [mode, name, file] = process.argv.slice(2);
if (mode === 'make') {
  writeFileSync(file, await cases[name].make());
} else if (mode === 'run') {
  const input = readFileSync(file);
  // Load the code first: the time is the work, not the imports.
  extract = await extractor();
  await import(`${DIST}/discover/sitemaps.js`);
  await import(`${DIST}/discover/robots.js`);
  const t0 = performance.now();
  let outcome;
  try {
    outcome = await cases[name].run(input);
  } catch (err) {
    outcome = `error: ${err?.kind ?? ''} ${String(err?.message ?? err).slice(0, 120)}`;
  }
  const ms = performance.now() - t0;
  await extract?.close?.();
  console.log(JSON.stringify({ ms, outcome, rssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
} else {
  console.log(JSON.stringify(Object.keys(cases)));
}
