// A site whose audit blocks its own main thread (the test-only fault hook in
// src/batch/site-child.ts) is killed at --site-timeout, recorded as `site-timeout`, its partial
// output discarded; the batch goes on and --resume does not redo the sites that finished.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveFixture, listFixtureSites, type ServedSite } from '../../src/demo/index.js';
import { cli, writeList } from '../batch/batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-site-process-'));
const HOOK = 'ATR_AUDIT_TEST_SITE_FAULT';
// The other sites must finish inside the limit on a loaded machine (a fixture site takes ~1 s idle,
// the limit runs from the child's start of the site); the stuck one waits it out (+5 s to SIGKILL).
const FLAGS = ['--render', 'never', '--delay', '0', '--concurrency', '2', '--allow-private', '--format', 'json'];
const HANG_LIMIT = ['--site-timeout', '20'];
const NO_LIMIT = ['--site-timeout', '600'];
let served: ServedSite[] = [];
let list = '';

const state = (out: string): { results: Record<string, { outcome: string; problem?: string; reason?: string }> } =>
  JSON.parse(readFileSync(join(out, '.state.json'), 'utf8'));

beforeAll(async () => {
  const fixtures = listFixtureSites();
  served = await Promise.all(fixtures.slice(0, 3).map((f) => serveFixture(f)));
  // Two sites on one origin (h1 and h3) check that politeness still holds them apart.
  list = writeList(join(work, 'list.csv'), [
    `H1,Stuck Council,england,county,${served[0]!.url}`,
    `H2,Good Council,england,county,${served[1]!.url}`,
    `H3,Same Host Council,england,county,${served[0]!.url}`,
    `H4,Other Council,england,county,${served[2]!.url}`,
  ]);
});
afterAll(async () => Promise.all(served.map((s) => s.close())));
afterEach(() => {
  delete process.env[HOOK];
});

describe('batch sites in killable processes', () => {
  it('kills a site that blocks its main thread, records site-timeout, goes on; --resume keeps finished sites', async () => {
    process.env[HOOK] = 'h1:hang';
    const out = join(work, 'hang');
    const r = await cli(['batch', list, '--out', out, ...FLAGS, ...HANG_LIMIT]);
    expect(r.code).toBe(3);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const bySlug = Object.fromEntries(summary.sites.map((s: { slug: string }) => [s.slug, s]));
    expect(bySlug.h1).toMatchObject({ outcome: 'failed', report: null });
    expect(bySlug.h1.reason).toMatch(/^site-timeout: time limit of 20 s/);
    expect(state(out).results.h1).toMatchObject({ outcome: 'failed', problem: 'site-timeout' });
    for (const slug of ['h2', 'h3', 'h4']) expect(bySlug[slug].outcome, slug).toBe('audited');
    expect(existsSync(join(out, 'h1'))).toBe(false);
    expect(readdirSync(out).filter((n) => n.startsWith('.tmp') || n.endsWith('.tmp'))).toEqual([]);

    const written = Object.fromEntries(['h2', 'h3', 'h4'].map((s) => [s, statSync(join(out, s, 'report.json')).mtimeMs]));
    const resumed = await cli(['batch', list, '--out', out, '--resume', ...FLAGS, ...HANG_LIMIT]);
    expect(resumed.code).toBe(3); // h1 stays failed: --resume does not retry it
    for (const s of ['h2', 'h3', 'h4']) expect(statSync(join(out, s, 'report.json')).mtimeMs, s).toBe(written[s]);
    expect(state(out).results.h1).toMatchObject({ outcome: 'failed', problem: 'site-timeout' });

    delete process.env[HOOK];
    const retried = await cli(['batch', list, '--out', out, '--retry-failed', ...FLAGS, ...NO_LIMIT]);
    expect(retried.code).toBe(0);
    expect(existsSync(join(out, 'h1', 'report.json'))).toBe(true);
    for (const s of ['h2', 'h3', 'h4']) expect(statSync(join(out, s, 'report.json')).mtimeMs, s).toBe(written[s]);
  }, 400_000);

  it('records a site whose process dies as site-crashed, and the others still finish', async () => {
    process.env[HOOK] = 'h2:crash';
    const out = join(work, 'crash');
    const r = await cli(['batch', list, '--out', out, ...FLAGS, ...NO_LIMIT]);
    expect(r.code).toBe(3);
    const results = state(out).results;
    expect(results.h2).toMatchObject({ outcome: 'failed', problem: 'site-crashed' });
    expect(results.h2!.reason).toMatch(/^site-crashed: .*SIGABRT/);
    for (const slug of ['h1', 'h3', 'h4']) expect(results[slug]?.outcome, slug).toBe('audited');
    expect(existsSync(join(out, 'h2'))).toBe(false);
  }, 300_000);
});
