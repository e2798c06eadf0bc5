// Issue 13.8: re-running into a folder leaves no report.md or junit.xml of an earlier run beside
// the new report.json; a folder that was not ours keeps its files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { fixtureSite } from '../helpers/fixture-sites.js';

const work = mkdtempSync(join(tmpdir(), 'atr-stale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const io: CliIo = { color: false, isTTY: false, columns: 80, stdout: () => undefined, stderr: () => undefined };
const site = join(fixtureSite('typical-partial').dir, 'site');

describe('writing into a folder used before', () => {
  it('removes our report files that this run does not write, and keeps the saved crawl', async () => {
    const out = join(work, 'out');
    expect(await run(['audit', site, '--out', out, '--quiet', '--format', 'json,html,md,csv,junit'], io)).toBe(0);
    for (const f of ['report.md', 'report.csv', 'junit.xml', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    expect(await run(['audit', site, '--out', out, '--quiet', '--format', 'json,md'], io)).toBe(0);
    expect(['report.json', 'report.md', 'report.csv', 'junit.xml', 'report.html'].filter((f) => existsSync(join(out, f)))).toEqual(['report.json', 'report.md']);
    expect(existsSync(join(out, 'crawl', 'crawl.json'))).toBe(true);
    // rescore with its default formats (json, html) leaves no stale report.md either
    expect(await run(['rescore', out, '--quiet'], io)).toBe(0);
    expect(['report.json', 'report.md', 'report.html'].filter((f) => existsSync(join(out, f)))).toEqual(['report.json', 'report.html']);
  });

  it('leaves files alone in a folder that held no report of ours', async () => {
    const out = join(work, 'theirs');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.md'), '# The council\'s own report\n');
    expect(await run(['audit', site, '--out', out, '--quiet'], io)).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('# The council\'s own report\n');
  });
});
