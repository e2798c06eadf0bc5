import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBodyStore } from '../fetch/index.js';
import { countSources } from './ledger.js';
import { readLocalTarget } from './read-local.js';

let dir = '';
const clock = { now: () => new Date('2025-03-01T10:00:00Z'), sleep: async () => undefined };
const url = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atr-local-'));
  await mkdir(join(dir, 'site', 'docs'), { recursive: true });
  await mkdir(join(dir, 'site', '.hidden'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><html><head><title>Home - Fernbank Trust</title></head><body><a href="docs/leaflet.pdf">x</a></body></html>');
  await writeFile(join(dir, 'site', 'docs', 'leaflet.pdf'), '%PDF-1.4\n%%EOF');
  await writeFile(join(dir, 'site', 'docs', 'notes.md'), '# Notes\n\nOur records.');
  await writeFile(join(dir, 'site', 'docs', 'copy.txt'), '# Notes\n\nOur records.');
  await writeFile(join(dir, 'site', 'docs', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(dir, 'site', '.hidden', 'secret.html'), '<html></html>');
  await writeFile(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readLocalTarget', () => {
  it('reads a saved site folder and explicit files into an honest ledger', async () => {
    const bodies = createMemoryBodyStore();
    const result = await readLocalTarget([join(dir, 'site'), join(dir, 'old.doc'), join(dir, 'missing.pdf')], { bodies, clock });
    const rows = Object.fromEntries(result.sources.map((s) => [s.url, `${s.outcome}${s.reason ? `:${s.reason}` : ''}`]));
    expect(rows).toEqual({
      [url('site', 'index.html')]: 'assessed',
      [url('site', 'docs', 'leaflet.pdf')]: 'assessed',
      [url('site', 'docs', 'copy.txt')]: 'assessed',
      [url('site', 'docs', 'notes.md')]: 'skipped:duplicate',
      [url('old.doc')]: 'skipped:unsupported-type',
      [url('missing.pdf')]: 'failed:not-found',
    });
    const counts = countSources(result.sources);
    expect(counts.discovered).toBe(counts.assessed + counts.failed + counts.skipped);
    expect(result.resources.map((r) => [r.kind, r.fetchedWith])).toEqual([
      ['text', 'file'],
      ['pdf', 'file'],
      ['html', 'file'],
    ]);
    const pdf = result.resources.find((r) => r.kind === 'pdf')!;
    expect((await bodies.get(pdf.contentHash)).toString()).toContain('%PDF-1.4');
    expect(result.problems).toEqual([{ url: url('old.doc'), kind: 'unsupported-type', message: expect.any(String) }]);
    expect(result.siteName).toBe('Fernbank Trust');
  });
});
