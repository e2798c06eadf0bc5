// Issue 13.6: CI says why it failed. The threshold and the score for exit 1, the sites below it
// and the sites that failed for a batch, all on stderr even with --quiet; batch/merge --json print
// summary.json on stdout; summary.json and diff --format json are checked against their schemas.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary, DiffResult, SummarySite } from '../../src/batch/index.js';
import { diffReports, type CouncilDiff, type CriterionChange, type EvidenceChange } from '../../src/batch/diff.js';
import type { AuditReport } from '../../src/core/index.js';
import { serveFixture, listFixtureSites, type ServedSite } from '../../src/demo/index.js';
import { loadSchema, schemaErrors } from '../../src/report/schema-validate.js';
import { BATCH_FLAGS, cli, writeList } from '../batch/batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-ci-'));
let served: ServedSite[] = [];
let deadUrl = '';
let list = '';

/** A port nothing listens on: opened, then closed. */
async function closedPort(): Promise<number> {
  const s: Server = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

beforeAll(async () => {
  const fixtures = listFixtureSites().filter((f) => f.slug === 'exemplary' || f.slug === 'nothing');
  served = await Promise.all(fixtures.map((f) => serveFixture(f)));
  deadUrl = `http://127.0.0.1:${await closedPort()}/`;
  const rows = served.map((s, i) => `E${i + 1},${s.slug} council,england,county,${s.url}`);
  list = writeList(join(work, 'list.csv'), [...rows, `E9,Dead council,england,county,${deadUrl}`]);
});
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

const scoreOf = (summary: BatchSummary, slug: string): number | null => summary.sites.find((s) => s.slug === slug)!.score;

describe('why CI failed', () => {
  it('audit --quiet --fail-under names the threshold and the score', async () => {
    const nothing = served.find((s) => s.slug === 'nothing')!;
    const r = await cli(['audit', nothing.url, '--out', join(work, 'audit-nothing'), '--quiet', '--render', 'never', '--delay', '0', '--allow-private', '--fail-under', '90']);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(work, 'audit-nothing', 'report.json'), 'utf8')) as { summary: { score: number } };
    expect(r.stderr.trim()).toBe(`exit 1: score ${report.summary.score} is below --fail-under 90`);
    const ok = await cli(['audit', nothing.url, '--out', join(work, 'audit-nothing'), '--quiet', '--render', 'never', '--delay', '0', '--allow-private', '--fail-under', '0']);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
  });

  it('audit --quiet of an unreachable site still says why it exits 3', async () => {
    const r = await cli(['audit', deadUrl, '--out', join(work, 'audit-dead'), '--quiet', '--render', 'never', '--allow-private']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^exit 3: nothing could be read from ${deadUrl.replace(/[.]/g, '\\.')} \\(`));
  });

  it('batch --json --quiet: the summary on stdout (schema-valid), the failed sites and those below the threshold on stderr', async () => {
    const out = join(work, 'batch');
    const r = await cli(['batch', list, '--out', out, ...BATCH_FLAGS, '--json', '--fail-under', '90']);
    expect(r.code).toBe(3); // 3 wins over 1
    const summary = JSON.parse(r.stdout) as BatchSummary;
    expect(r.stdout).toBe(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(schemaErrors('summary', summary)).toEqual([]);
    expect(summary.counts).toMatchObject({ sites: 3, audited: 2, failed: 1 });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('exit 3: 1 of 3 sites could not be audited:');
    expect(lines[1]).toMatch(new RegExp(`^  e9: unreachable: .* \\(${deadUrl.replace(/[.]/g, '\\.')}\\)$`));
    expect(lines[2]).toBe('also 1 of 2 audited sites are below --fail-under 90:');
    expect(lines[3]).toBe(`  e2: score ${scoreOf(summary, 'e2')} (${served[1]!.url})`);
    expect(lines).toHaveLength(4);
    // merge --json prints the merged summary; its reasons are the same.
    const merged = await cli(['merge', out, '--out', join(work, 'merged'), '--quiet', '--json', '--fail-under', '90']);
    expect(merged.code).toBe(3);
    expect(schemaErrors('summary', JSON.parse(merged.stdout))).toEqual([]);
    expect(merged.stderr).toBe(r.stderr);
  });

  it('a summary that breaks the contract is caught by the schema', () => {
    const bad = { schemaVersion: 1, generatedAt: '2026-12-07T00:00:00Z', ruleset: null, criteriaList: [], counts: { sites: 1, audited: 0, failed: 1, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 }, sites: [{ slug: 'x', name: null, code: null, nation: null, authorityType: null, url: 'http://x/', outcome: 'failed', score: null, complete: null, clearmarkReady: null, criteria: {}, report: null }] };
    expect(schemaErrors('summary', bad).join('\n')).toMatch(/reason/);
  });

  it('diff --format json is schema-valid', async () => {
    const out = join(work, 'batch');
    const d = await cli(['diff', out, join(work, 'merged'), '--format', 'json']);
    expect(d.code).toBe(0);
    const diff = JSON.parse(d.stdout) as DiffResult;
    expect(schemaErrors('diff', diff)).toEqual([]);
    // Councils that appear and disappear, with every finding as evidence that came or went.
    const e1 = JSON.parse(readFileSync(join(out, 'e1', 'report.json'), 'utf8')) as AuditReport;
    const changed: DiffResult = { councils: [diffReports('e1', e1, undefined), diffReports('e1', undefined, e1)], regressions: 1, newFindings: 1, changes: 2 };
    expect(changed.councils[0]!.criteria.some((c) => c.disappeared.length > 0)).toBe(true);
    expect(schemaErrors('diff', changed)).toEqual([]);
    expect(schemaErrors('diff', { ...diff, regressions: -1 })).not.toEqual([]);
  });

  // Drift: Required<T> makes tsc fail when a field is added to the types; the test fails when the schema does not list it.
  it('the schemas list every field of the TypeScript types', () => {
    const props = (schema: Record<string, unknown>, def?: string): string[] => {
      const node = (def ? (schema['$defs'] as Record<string, Record<string, unknown>>)[def] : schema) as { properties?: object };
      return Object.keys(node.properties ?? {}).sort();
    };
    const site: Required<SummarySite> = { slug: '', name: null, code: null, nation: null, authorityType: null, url: '', outcome: 'audited', reason: '', score: 0, complete: true, clearmarkReady: false, criteria: {}, waived: {}, uncertain: [], unreadable: 0, unreadableDocuments: [], report: null, packs: {} };
    const summary: Required<BatchSummary> = { schemaVersion: 1, generatedAt: '', ruleset: null, criteriaList: [], counts: { sites: 0, audited: 0, failed: 0, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 }, sites: [] };
    const s = loadSchema('summary');
    expect(props(s)).toEqual(Object.keys(summary).sort());
    expect(props(s, 'site')).toEqual(Object.keys(site).sort());
    const change: Required<EvidenceChange> = { findingId: '', ruleId: '', message: '', url: '', quote: '' };
    const criterion: Required<CriterionChange> = { id: '', from: null, to: null, regression: false, appeared: [], disappeared: [], waiverFrom: '', waiverTo: '' };
    const council: Required<CouncilDiff> = { slug: '', name: '', presence: 'both', scoreFrom: null, scoreTo: null, criteria: [], documentsNew: [], documentsGone: [], documentsChanged: [], packScores: [] };
    const diff: Required<DiffResult> = { councils: [], regressions: 0, newFindings: 0, changes: 0 };
    const d = loadSchema('diff');
    expect(props(d)).toEqual(Object.keys(diff).sort());
    expect(props(d, 'evidenceChange')).toEqual(Object.keys(change).sort());
    expect(props(d, 'criterion')).toEqual(Object.keys(criterion).sort());
    expect(props(d, 'council')).toEqual(Object.keys(council).sort());
  });
});
