// batch with an `evidence` column: a council group self-checks several bodies in one run. Each
// folder is named relative to the list and must stay inside the list's folder (confine-path.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { serveFixture, type ServedSite } from '../../src/demo/index.js';
import { fixtureSite } from '../helpers/fixture-sites.js';
import { BATCH_FLAGS, cli } from './batch-helpers.js';

const fixtures = join(import.meta.dirname, '../../fixtures/self-check');
const work = mkdtempSync(join(tmpdir(), 'atr-batch-evidence-'));
const group = join(work, 'group');
let served: ServedSite[] = [];

function list(name: string, rows: string[]): string {
  const path = join(group, name);
  writeFileSync(path, `code,name,homepage,evidence\n${rows.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  served = await Promise.all([serveFixture(fixtureSite('nothing')), serveFixture(fixtureSite('nothing'))]);
  mkdirSync(join(group, 'evidence'), { recursive: true });
  cpSync(join(fixtures, 'evidence'), join(group, 'evidence', 'first'), { recursive: true });
  mkdirSync(join(group, 'evidence', 'bad-log'));
  cpSync(join(fixtures, 'logs', 'invalid.csv'), join(group, 'evidence', 'bad-log', 'requests.csv'));
  mkdirSync(join(work, 'outside'));
  symlinkSync(join(work, 'outside'), join(group, 'evidence', 'link-out'));
});
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

describe('batch --evidence column', () => {
  it("self-checks the sites that name a folder, and only those", async () => {
    const path = list('list.csv', [`G1,First body,${served[0]!.url},evidence/first`, `G2,Second body,${served[1]!.url},`]);
    const out = join(work, 'out');
    const r = await cli(['batch', path, '--out', out, ...BATCH_FLAGS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const first = JSON.parse(readFileSync(join(out, 'g1', 'report.json'), 'utf8')) as AuditReport;
    const second = JSON.parse(readFileSync(join(out, 'g2', 'report.json'), 'utf8')) as AuditReport;
    expect(first.criteria.find((c) => c.id === 'C5')!.status).toBe('met');
    expect(first.selfCheck!.requests!.figures.requests).toBe(13);
    expect(first.selfCheck!.folder).toBe(join(group, 'evidence', 'first'));
    expect(second.selfCheck).toBeUndefined();
    expect(second.criteria.find((c) => c.id === 'C5')!.status).toBe('needs_evidence');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.sites.map((s: { criteria: Record<string, string> }) => s.criteria.C5)).toEqual(['met', 'needs_evidence']);
  });

  it('refuses folders outside the list\'s folder, missing folders and bad logs, with their lines, before anything is written', async () => {
    const path = list('bad.csv', [
      `B1,Climbs out,${served[0]!.url},../outside`,
      `B2,Absolute,${served[0]!.url},${join(work, 'outside')}`,
      `B3,Missing,${served[0]!.url},evidence/none`,
      `B4,Bad log,${served[0]!.url},evidence/bad-log`,
      `B5,Link out,${served[0]!.url},evidence/link-out`,
    ]);
    const out = join(work, 'never');
    const r = await cli(['batch', path, '--out', out, ...BATCH_FLAGS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:2: evidence: evidence folder "../outside" climbs out with ".."`);
    expect(r.stderr).toContain(`${path}:3: evidence: evidence folder ${JSON.stringify(join(work, 'outside'))} is absolute`);
    expect(r.stderr).toContain(`${path}:4: evidence: no such folder: evidence/none`);
    expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: evidence: the evidence folder has \\d+ rows that cannot be read`));
    expect(r.stderr).toMatch(/requests\.csv:\d+: /);
    expect(r.stderr).toContain(`${path}:6: evidence: evidence folder "evidence/link-out" leads out through a symbolic link`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
