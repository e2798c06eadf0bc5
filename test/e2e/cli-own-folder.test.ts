// Issue 13.1: a council auditing its own folder must get the same score every time. The default
// output goes beside the target, and a report of ours found inside the target is never read.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { fixtureSite, listFiles } from '../helpers/fixture-sites.js';

const exec = promisify(execFile);
const CLI = join(import.meta.dirname, '../../bin/atr-audit.js');
const work = mkdtempSync(join(tmpdir(), 'atr-own-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await exec(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

const read = (dir: string): AuditReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
const verdicts = (r: AuditReport) => ({ score: r.summary.score, criteria: Object.fromEntries(r.criteria.map((c) => [c.id, c.status])) });

describe('audit . run twice in a council folder', () => {
  const council = join(work, 'council');
  cpSync(join(fixtureSite('typical-partial').dir, 'site'), council, { recursive: true });
  const before = listFiles(council);

  it('writes beside the folder, never inside it, and scores the same the second time', async () => {
    const first = await cli(['audit', '.', '--format', 'json,html,md', '--name', 'Eastmere'], council);
    expect(first.code).toBe(0);
    const out = join(work, 'council-atr-audit', 'eastmere');
    expect(first.stderr).toContain('council-atr-audit');
    const r1 = read(out);
    expect(listFiles(council)).toEqual(before);
    const second = await cli(['audit', '.', '--format', 'json,html,md', '--name', 'Eastmere'], council);
    expect(second.code).toBe(0);
    expect(verdicts(read(out))).toEqual(verdicts(r1));
    expect(listFiles(council)).toEqual(before);
  });

  it('skips an earlier report written inside the folder, and says so in the report', async () => {
    const inside = join(council, 'reports', 'eastmere');
    expect((await cli(['audit', '.', '--out', inside, '--format', 'json,html,md', '--name', 'Eastmere'], council)).code).toBe(0);
    const clean = read(inside);
    const elsewhere = join(work, 'elsewhere');
    expect((await cli(['audit', council, '--out', elsewhere, '--name', 'Eastmere'], work)).code).toBe(0);
    const again = read(elsewhere);
    expect(verdicts(again)).toEqual(verdicts(clean));
    expect(again.sources).toContainEqual({ url: `${pathToFileURL(inside).href}/`, outcome: 'skipped', reason: 'own-output' });
    expect(again.sources.some((s) => s.url.includes('/reports/eastmere/') && s.outcome !== 'skipped')).toBe(false);
    expect(existsSync(join(inside, 'report.html'))).toBe(true);
  });
});
