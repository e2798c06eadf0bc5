// End to end: serve every fixture council on 127.0.0.1, run the CLI on it, and check the
// verdicts, the quotes, the schema and that `rescore` reproduces the report. The CLI runs
// in-process (the same `run` bin/atr-audit.js calls; 32 node starts cost ~30 s of CPU); the
// launcher itself is spawned in cli-own-folder and nation-fixtures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, CrawlRecord } from '../../src/core/index.js';
import { normaliseWhitespace } from '../../src/core/index.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import { extractResource } from '../../src/extract/index.js';
import { createDirBodyStore } from '../../src/fetch/index.js';
import { loadPack } from '../../src/rules/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { cli } from '../batch/batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-e2e-'));
const sites = listFixtureSites();
// the outdated-law warnings come from the legal-accuracy pack, on by default beside clearmark
const advisoryTags = new Map(loadPack('legal-accuracy').rules.map((r) => [r.qualifiedId, r.tags]));

const readReport = (dir: string): AuditReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
const withoutClock = (json: string): string => json.replace(/"(startedAt|finishedAt)": "[^"]*"/g, '"$1": "-"');

describe.each(sites.map((s) => [s.slug, s] as const))('audit of fixture %s', (slug, site) => {
  let served: ServedSite;
  const out = join(work, slug);
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    served = await serveFixture(site);
    result = await cli(['audit', served.url, '--out', out, '--format', 'json,html,md,csv,junit', '--render', 'never', '--quiet', '--allow-private']);
  });
  afterAll(async () => served?.close());

  it('exits 0 and writes every format', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const f of ['report.json', 'report.html', 'report.md', 'report.csv', 'junit.xml']) expect(readFileSync(join(out, f), 'utf8').length).toBeGreaterThan(100);
  });

  it('gives the expected verdict for every criterion', () => {
    const got = Object.fromEntries(readReport(out).criteria.map((c) => [c.id, c.status]));
    expect(got).toEqual(site.expected.verdicts);
  });

  it('flags exactly the expected outdated claims', () => {
    const report = readReport(out);
    const found = new Set(
      [...report.criteria, ...report.packs.flatMap((p) => p.criteria)]
        .flatMap((c) => c.findings)
        .filter((f) => f.kind === 'advisory')
        .flatMap((f) => advisoryTags.get(f.ruleId) ?? []),
    );
    expect([...found].sort()).toEqual([...site.expected.advisories].sort());
  });

  it('validates against the report schema and keeps the ledger consistent', () => {
    const report = readReport(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const s = report.summary.sources;
    expect(s.discovered).toBe(s.assessed + s.failed + s.skipped);
    expect(new Set(report.sources.map((x) => x.url)).size).toBe(report.sources.length);
    for (const c of report.criteria) if (c.status === 'not_met') expect(c.searched?.urls.length).toBeGreaterThan(0);
  });

  it('quotes only text that occurs in the document it cites', async () => {
    const report = readReport(out);
    const crawl = JSON.parse(readFileSync(join(out, 'crawl', 'crawl.json'), 'utf8')) as CrawlRecord;
    const bodies = createDirBodyStore(join(out, 'crawl', 'bodies'));
    const texts = new Map<string, string>();
    for (const r of crawl.resources) texts.set(r.finalUrl, normaliseWhitespace((await extractResource(r, await bodies.get(r.contentHash))).text));
    const evidence = report.criteria.flatMap((c) => c.findings.flatMap((f) => f.evidence));
    for (const e of evidence) {
      expect(e.quote.length).toBeLessThanOrEqual(301);
      const text = texts.get(e.url);
      expect(text, `no document for ${e.url}`).toBeDefined();
      const core = normaliseWhitespace(e.quote.replace(/^…|…$/g, ''));
      expect(text!.includes(core), `"${core}" not in ${e.url}`).toBe(true);
    }
  });

  it('rescore reproduces report.json byte for byte (timestamps aside)', async () => {
    const before = readFileSync(join(out, 'report.json'), 'utf8');
    const again = await cli(['rescore', out, '--quiet']);
    expect(again.code).toBe(0);
    expect(withoutClock(readFileSync(join(out, 'report.json'), 'utf8'))).toBe(withoutClock(before));
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
