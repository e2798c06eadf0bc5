import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATOR_META } from '../core/index.js';
import { createMemoryBodyStore } from '../fetch/index.js';
import { readLocalTarget } from './read-local.js';
import { ownOutputFolder } from './own-output.js';

let dir = '';
const clock = { now: () => new Date('2025-03-01T10:00:00Z'), sleep: async () => undefined };
const url = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;
const folderUrl = (...parts: string[]) => `${url(...parts)}/`;
const ourReport = JSON.stringify({ schemaVersion: 1, tool: { name: 'atr-audit', version: '0.1.0' } });
const page = (title: string, head = '') => `<!doctype html><html><head>${head}<title>${title}</title></head><body><p>${title}: we will help you see your care records.</p></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atr-own-'));
  const site = join(dir, 'council');
  await mkdir(join(site, 'care'), { recursive: true });
  await writeFile(join(site, 'index.html'), page('Home'));
  await writeFile(join(site, 'care', 'records.html'), page('Your records'));
  // an earlier audit's default output, inside the folder being audited
  await mkdir(join(site, 'reports', 'council', 'crawl', 'bodies'), { recursive: true });
  await writeFile(join(site, 'reports', 'council', 'report.json'), ourReport);
  await writeFile(join(site, 'reports', 'council', 'report.html'), page('Report', GENERATOR_META));
  await writeFile(join(site, 'reports', 'council', 'report.md'), '# Nothing public shows how requests are monitored');
  // a saved crawl copied on its own
  await mkdir(join(site, 'saved', 'bodies'), { recursive: true });
  await writeFile(join(site, 'saved', 'crawl.json'), JSON.stringify({ crawlVersion: 1 }));
  await writeFile(join(site, 'saved', 'notes.txt'), 'Nothing public shows how requests are monitored');
  // a report.html of ours copied out of its folder
  await writeFile(join(site, 'care', 'copy-of-report.html'), page('Copied report', GENERATOR_META));
  // the --out folder of this run, with nothing in it yet that marks it
  await mkdir(join(site, 'out'), { recursive: true });
  await writeFile(join(site, 'out', 'report.md'), '# stale');
  // another tool's report.json is the council's business, not ours
  await mkdir(join(site, 'their-tool'), { recursive: true });
  await writeFile(join(site, 'their-tool', 'report.json'), JSON.stringify({ tool: { name: 'other' } }));
  await writeFile(join(site, 'their-tool', 'audit.html'), page('Their audit'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading a local target never reads our own outputs', () => {
  it('skips report folders, saved crawls, our HTML and the --out folder, each with the reason own-output', async () => {
    const result = await readLocalTarget([join(dir, 'council')], { bodies: createMemoryBodyStore(), clock }, { exclude: [join(dir, 'council', 'out')] });
    const rows = Object.fromEntries(result.sources.map((s) => [s.url, `${s.outcome}${s.reason ? `:${s.reason}` : ''}`]));
    expect(rows).toEqual({
      [url('council', 'index.html')]: 'assessed',
      [url('council', 'care', 'records.html')]: 'assessed',
      [url('council', 'their-tool', 'audit.html')]: 'assessed',
      [url('council', 'care', 'copy-of-report.html')]: 'skipped:own-output',
      [folderUrl('council', 'reports', 'council')]: 'skipped:own-output',
      [folderUrl('council', 'saved')]: 'skipped:own-output',
      [folderUrl('council', 'out')]: 'skipped:own-output',
    });
    expect(result.resources.map((r) => r.url).sort()).toEqual([url('council', 'care', 'records.html'), url('council', 'index.html'), url('council', 'their-tool', 'audit.html')]);
  });

  it('reads the council files of a folder that also holds a report of ours, but not our files in it', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(join(mixed, 'evidence'), { recursive: true });
    await writeFile(join(mixed, 'policy.txt'), 'Our access to records policy.');
    await writeFile(join(mixed, 'report.json'), ourReport);
    await writeFile(join(mixed, 'report.md'), '# Not met');
    await writeFile(join(mixed, 'evidence', 'c1.html'), page('shot'));
    const result = await readLocalTarget([mixed], { bodies: createMemoryBodyStore(), clock });
    const rows = Object.fromEntries(result.sources.map((s) => [s.url.slice(pathToFileURL(mixed).href.length), `${s.outcome}${s.reason ? `:${s.reason}` : ''}`]));
    expect(rows).toEqual({ '/policy.txt': 'assessed', '/report.md': 'skipped:own-output', '/evidence/': 'skipped:own-output' });
  });

  it('knows our folders by their contents, not their names', () => {
    expect(ownOutputFolder(join(dir, 'council', 'reports', 'council'))).toMatch(/report folder/);
    expect(ownOutputFolder(join(dir, 'council', 'saved'))).toMatch(/saved crawl/);
    expect(ownOutputFolder(join(dir, 'council', 'their-tool'))).toBeUndefined();
    expect(ownOutputFolder(join(dir, 'council'))).toBeUndefined();
  });
});
