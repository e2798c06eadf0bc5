// Issue 17 through the CLI: `rules list` shows each pack's source, date and version; an audit with
// two packs and a rescore of its saved crawl agree; `-<id>` of a pack that is not on by default is a
// usage error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import { cli } from '../batch/batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-cli-packs-'));
const read = (dir: string): AuditReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
const withoutClock = (r: AuditReport): string => JSON.stringify({ ...r, startedAt: '-', finishedAt: '-' }).replace(/"fetchedAt":"[^"]*"/g, '');

describe('packs through the CLI', () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveFixture(listFixtureSites().find((s) => s.slug === 'ico-mixed')!);
  });
  afterAll(async () => {
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('rules list shows each pack\'s source, date and version, and the level of each ICO standard', async () => {
    const { code, stdout } = await cli(['rules', 'list']);
    expect(code).toBe(0);
    expect(stdout).toContain('clearmark 0.2.0: CLEARmark');
    expect(stdout).toMatch(/source: CLEARmark .*Care Leavers' Association, 2008/);
    expect(stdout).toContain('ico-care-records 0.1.0: ICO care records standards');
    expect(stdout).toMatch(/source: .*Information Commissioner's Office, 2025-12-09, https:\/\/ico\.org\.uk\//);
    expect(stdout).toContain('ICO-LA2 [must] Records kept at least as long as the law of the nation requires');
  });

  it('audits with two packs and rescores the saved crawl to the same report', async () => {
    const out = join(work, 'both');
    const audit = await cli(['audit', site.url, '--rules', 'clearmark,ico-care-records', '--out', out, '--render', 'never', '--quiet', '--allow-private']);
    expect(audit.stderr).toBe('');
    const first = read(out);
    expect(first.packs.map((p) => p.ruleset.id)).toEqual(['ico-care-records', 'legal-accuracy']);
    const again = await cli(['rescore', out, '--rules', 'clearmark,ico-care-records', '--quiet']);
    expect(again.stderr).toBe('');
    expect(withoutClock(read(out))).toBe(withoutClock(first));
  }, 60_000);

  it('refuses to leave out a pack that is not on by default (exit 2, nothing fetched)', async () => {
    const r = await cli(['audit', site.url, '--rules', 'clearmark,-ico-care-records', '--out', join(work, 'bad'), '--render', 'never', '--quiet', '--allow-private']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no default-on pack "ico-care-records"/);
  });
});
