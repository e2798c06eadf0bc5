// Shared set-up for the batch integration tests: fixture councils served on 127.0.0.1, a list of
// them, the CLI run in-process, and summary comparison without the clock.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';

export interface Captured extends CliIo {
  out: string[];
  err: string[];
}

export function captureIo(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, isTTY: false, columns: 100 };
}

export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await run(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** `count` fixture councils (the batch is at least 12), repeating fixtures under other codes if there are fewer. */
export async function serveCouncils(count = 12): Promise<{ served: ServedSite[]; rows: string[] }> {
  const fixtures = listFixtureSites();
  const picks = Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!);
  const served = await Promise.all(picks.map((f) => serveFixture(f)));
  const rows = served.map((s, i) => `T${String(i).padStart(2, '0')},${s.slug} ${i} council,${i % 3 === 0 ? 'wales' : 'england'},${i % 2 ? 'unitary' : 'county'},${s.url}`);
  return { served, rows };
}

export function writeList(path: string, rows: string[]): string {
  writeFileSync(path, `code,name,nation,type,homepage\n${rows.join('\n')}\n`);
  return path;
}

/** The summary files of a batch folder with the generation time blanked out. */
export function summaryFiles(dir: string): Record<string, string> {
  return {
    json: readFileSync(join(dir, 'summary.json'), 'utf8').replace(/"generatedAt": "[^"]*"/, '"generatedAt": "-"'),
    csv: readFileSync(join(dir, 'summary.csv'), 'utf8'),
    html: readFileSync(join(dir, 'index.html'), 'utf8').replace(/Generated [^<]*\./, 'Generated -.'),
  };
}

export const BATCH_FLAGS = ['--render', 'never', '--quiet', '--delay', '0', '--concurrency', '4', '--allow-private'];
