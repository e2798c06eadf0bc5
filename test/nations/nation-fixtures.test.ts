// The per-nation fixture councils (expected.json `nation` and `packs`), audited through the real CLI
// on 127.0.0.1 with the statutory-guidance and legal-accuracy packs from one crawl: the nation is
// inferred from the postcodes on their pages, and each pack's verdicts match the fixture's. The CLI
// runs in-process (the same run() as bin/atr-audit.js; the launcher is spawned in cli-own-folder).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { listFixtureSites, serveFixture } from '../../src/demo/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { cli } from '../batch/batch-helpers.js';

// Eight audits with two or three packs each: every pack loaded once per file, not once per audit.
vi.mock('../../src/rules/index.js', async (real) => (await import('../helpers/memo-rules.js')).memoisedRules(await real()));

const work = mkdtempSync(join(tmpdir(), 'atr-nations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface NationExpected {
  nation?: string;
  packs?: Record<string, Record<string, string>>;
}
const sites = listFixtureSites()
  .map((s) => ({ site: s, expected: JSON.parse(readFileSync(join(s.dir, 'expected.json'), 'utf8')) as NationExpected }))
  .filter((s) => s.expected.nation);

async function audit(slug: string, extra: string[]): Promise<{ report: AuditReport; stderr: string; out: string }> {
  const site = sites.find((s) => s.site.slug === slug)!.site;
  const served = await serveFixture(site);
  const out = join(work, `${slug}-${extra.join('-').replace(/[^a-z]+/g, '')}`);
  try {
    const { code, stderr } = await cli(['audit', served.url, '--out', out, '--render', 'never', '--allow-private', ...extra]);
    expect(code, stderr).toBe(0);
    return { report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport, stderr, out };
  } finally {
    await served.close();
  }
}

it('has a fixture for each of the four nations', () => {
  expect(sites.map((s) => s.expected.nation).sort()).toEqual(['england', 'northern-ireland', 'scotland', 'wales']);
});

describe.each(sites.map((s) => [s.site.slug, s.expected] as const))('nation fixture %s', (slug, expected) => {
  it('infers the nation from its pages and gives each pack the expected verdicts', async () => {
    const { report, stderr } = await audit(slug, ['--rules', 'statutory-guidance,legal-accuracy']);
    expect(report.jurisdiction).toMatchObject({ nation: expected.nation, basis: 'address' });
    expect(stderr).toContain("Nation's rules applied");
    expect(reportSchemaErrors(report)).toEqual([]);
    const results = [{ ruleset: report.ruleset, criteria: report.criteria }, ...report.packs];
    for (const [pack, verdicts] of Object.entries(expected.packs ?? {})) {
      const result = results.find((r) => r.ruleset.id === pack);
      expect(result, pack).toBeDefined();
      const got = Object.fromEntries(result!.criteria.filter((c) => c.id in verdicts).map((c) => [c.id, c.status]));
      expect(got, pack).toEqual(verdicts);
    }
  });
});

describe('nation rules', () => {
  it('flags the Welsh council without a Welsh-language version, and says why the nation was chosen', async () => {
    const { report, stderr } = await audit('wales-no-welsh', ['--rules', 'statutory-guidance']);
    const w1 = report.criteria.find((c) => c.id === 'W1')!;
    expect(w1.status).toBe('not_met');
    expect(w1.summary).toContain('Welsh');
    expect(report.jurisdiction?.reason).toContain('CF37 9ZX');
    expect(stderr).toMatch(/W1 Welsh-language version\s+Not met/);
  });

  it('never judges the Scottish council on England-only guidance, even alone', async () => {
    const { report } = await audit('scotland-records', ['--rules', 'statutory-guidance']);
    const english = report.criteria.filter((c) => c.id.startsWith('E'));
    expect(english).toHaveLength(6);
    for (const c of english) {
      expect(c.status, c.id).toBe('not_applicable');
      expect(c.summary).toContain('Scotland');
    }
    expect(report.summary.score).toBe(75); // S1-S3 met, S4 not met: the score counts Scotland's criteria only
  });

  it('applies the nation given with --nation over the postcodes', async () => {
    const { report } = await audit('scotland-records', ['--rules', 'legal-accuracy', '--nation', 'england']);
    expect(report.jurisdiction).toMatchObject({ nation: 'england', basis: 'option' });
    expect(report.organisation.nation).toBe('england');
  });

  it('rescore --nation judges the saved crawl by that nation, and without it by the nation inferred again', async () => {
    const { out } = await audit('scotland-records', ['--rules', 'statutory-guidance']);
    const rescore = async (extra: string[]): Promise<AuditReport> => {
      const { code, stderr } = await cli(['rescore', out, '--rules', 'statutory-guidance', '--quiet', ...extra]);
      expect(code, stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    };
    const england = await rescore(['--nation', 'england']);
    expect(england.jurisdiction).toMatchObject({ nation: 'england', basis: 'option' });
    expect(england.criteria.filter((c) => c.id.startsWith('E')).every((c) => c.status !== 'not_applicable')).toBe(true);
    expect(england.criteria.filter((c) => c.id.startsWith('S')).every((c) => c.status === 'not_applicable')).toBe(true);
    const again = await rescore([]);
    expect(again.jurisdiction).toMatchObject({ nation: 'scotland', basis: 'address' });
  });

  it('notes that an NI body not among the trusts of the body list may not hold the records', async () => {
    const { report } = await audit('ni-trust', ['--rules', 'statutory-guidance']);
    expect(report.jurisdiction?.notes?.some((n) => n.includes('Health and Social Care trusts'))).toBe(true);
  });
});
