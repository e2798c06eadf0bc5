// Rescoring a saved crawl parses its documents in the audit's isolated worker, with its limits:
// the same report as the audit when the limits are generous, and recorded timeouts (not a hang of
// this thread) when a document overruns them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import { rescore } from '../../src/pipeline/index.js';
import { cli } from '../batch/batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-rescore-'));
const out = join(work, 'audit');
let site: ServedSite;
let audited: AuditReport;

beforeAll(async () => {
  site = await serveFixture(listFixtureSites()[0]!);
  const r = await cli(['audit', site.url, '--out', out, '--render', 'never', '--delay', '0', '--allow-private', '--quiet']);
  expect(r.code, r.stderr).toBeLessThan(3);
  audited = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
});
afterAll(async () => site.close());

const blank = (r: AuditReport): unknown => JSON.parse(JSON.stringify(r).replace(/"(finishedAt|generatedAt|startedAt)":"[^"]*"/g, '"$1":"-"'));

describe('rescore parses in the isolated worker', () => {
  it('gives the audit report again', async () => {
    const again = await rescore(out, { rules: ['clearmark'], formats: ['json'], now: new Date(audited.finishedAt) });
    expect(blank(again.report)).toEqual(blank(audited));
  });

  it("applies the worker's time limit: every document over it is a recorded timeout", async () => {
    const again = await rescore(join(out), { rules: ['clearmark'], formats: ['json'], now: new Date(), isolation: { timeoutMs: 1 } });
    const timeouts = again.report.problems.filter((p) => p.kind === 'timeout');
    expect(timeouts.length).toBeGreaterThan(0);
    expect(timeouts[0]!.message).toMatch(/took longer than/);
  });
});
