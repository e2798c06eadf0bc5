// diff between two batch runs where a fixture page changed, and a waiver that marks one finding.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { serveSite, type ServedSite } from '../../src/demo/index.js';
import { fixtureSite } from '../helpers/fixture-sites.js';
import { BATCH_FLAGS, cli, writeList } from './batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-batch-diff-'));
const siteDir = join(work, 'buried-deep');
const plain = join(work, 'plain');
let served: ServedSite;
let list = '';
const readReport = (dir: string): AuditReport => JSON.parse(readFileSync(join(dir, 'e1', 'report.json'), 'utf8')) as AuditReport;
/** a report without its clock and waiver marks, for "nothing else changed" */
const comparable = (r: AuditReport): unknown =>
  JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'waiver' || k === 'startedAt' || k === 'finishedAt' || k === 'fetchedAt' ? undefined : v)));

beforeAll(async () => {
  // A copy of a fixture council whose pages the test can change while it is being served.
  cpSync(fixtureSite('buried-deep').dir, siteDir, { recursive: true });
  served = await serveSite(join(siteDir, 'site'), { slug: 'buried-deep' });
  list = writeList(join(work, 'list.csv'), [`E1,Exemplary Council,england,county,${served.url}`, `E2,Second Council,england,county,${served.url.replace('127.0.0.1', 'localhost')}`]);
  // One batch of the unchanged site, shared: the "before" of the diff and the unwaived run.
  expect((await cli(['batch', list, '--out', plain, ...BATCH_FLAGS])).code).toBe(0);
}, 120_000);
afterAll(async () => served?.close());

describe('diff and waivers on batch runs', () => {
  it('names the evidence that disappeared when a page changed, and exits 1 on --fail-on regression', async () => {
    const before = plain;
    const c1 = readReport(before).criteria.find((c) => c.id === 'C1')!;
    expect(c1.status).toBe('met');
    const proofs = c1.findings.filter((f) => f.kind === 'verdict').flatMap((f) => f.evidence);
    const evidence = proofs[0]!;
    // The council rewrites the pages that proved C1: they now say nothing about records.
    for (const url of new Set(proofs.map((e) => e.url))) {
      const path = new URL(url).pathname;
      const file = join(siteDir, 'site', path.endsWith('/') ? `${path}index.html` : path);
      writeFileSync(file, '<!doctype html><html lang="en-GB"><head><title>Care leavers</title></head><body><main><h1>Care leavers</h1><p>This page is being updated.</p></main></body></html>');
    }
    const after = join(work, 'after');
    expect((await cli(['batch', list, '--out', after, ...BATCH_FLAGS])).code).toBe(0);

    const none = await cli(['diff', before, before, '--fail-on', 'any']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No changes.');

    const d = await cli(['diff', before, after, '--fail-on', 'regression']);
    expect(d.code).toBe(1);
    expect(d.stdout).toMatch(/C1: met -> (not met|partial) REGRESSION/);
    expect(d.stdout).toContain(`evidence disappeared: ${c1.findings.find((f) => f.evidence.includes(evidence))!.ruleId} at ${evidence.url}`);
    expect(d.stdout).toContain(evidence.quote.slice(0, 40));
    expect(d.stdout).toContain('document changed: ');
    const md = await cli(['diff', before, after, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## atr-audit diff');
    const json = JSON.parse((await cli(['diff', join(before, 'e1', 'report.json'), join(after, 'e1', 'report.json'), '--format', 'json'])).stdout);
    expect(json.regressions).toBeGreaterThan(0);
  });

  it('a waiver turns that finding into "waived" and nothing else', async () => {
    cpSync(fixtureSite('buried-deep').dir, siteDir, { recursive: true, force: true }); // undo the change above
    const target = readReport(plain).criteria.flatMap((c) => c.findings.map((f) => ({ c, f }))).find(({ f }) => f.kind === 'verdict' && f.evidence.length)!;
    const waivers = join(work, 'waivers.yaml');
    writeFileSync(
      waivers,
      `waivers:\n  - council: E1\n    criterion: ${target.c.id}\n    rule: ${target.f.ruleId}\n    url: ${target.f.evidence[0]!.url}\n    reason: Checked by hand with the council\n    author: Test Campaigner\n    expires: 2099-12-31\n  - council: E1\n    criterion: C7\n    reason: Old decision\n    author: Someone\n    expires: 2001-01-01\n`,
    );
    const waived = join(work, 'waived');
    const r = await cli(['batch', list, '--out', waived, '--waivers', waivers, '--format', 'json,html,md,csv,junit', ...BATCH_FLAGS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/waiver for E1 C7 expired on 2001-01-01/);
    const report = readReport(waived);
    const marked = report.criteria.flatMap((c) => c.findings).filter((f) => f.waiver);
    expect(marked.map((f) => f.id)).toEqual([target.f.id]);
    expect(marked[0]!.waiver!.reason).toBe('Checked by hand with the council');
    expect(comparable(report)).toEqual(comparable(readReport(plain)));
    // the other council, on the same pages, is untouched
    const second = JSON.parse(readFileSync(join(waived, 'e2', 'report.json'), 'utf8')) as AuditReport;
    expect(second.criteria.flatMap((c) => c.findings).some((f) => f.waiver)).toBe(false);
    // shown in the batch outputs and in the site's own outputs
    expect(readFileSync(join(waived, 'summary.csv'), 'utf8')).toContain(`${target.c.id}: Checked by hand with the council`);
    expect(readFileSync(join(waived, 'index.html'), 'utf8')).toContain('(waived)');
    for (const f of ['report.html', 'report.md', 'junit.xml']) expect(readFileSync(join(waived, 'e1', f), 'utf8'), f).toContain('Checked by hand with the council');
  });
});
