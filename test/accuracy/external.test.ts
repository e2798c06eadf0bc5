import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/cli/io.js';
import { errorPatterns, evaluateExternal, parseExternalArgs, parseManifest } from '../../src/accuracy/external.js';
import type { HttpClient } from '../../src/fetch/index.js';

// Invented pages in a tiny folder laid out like the real-page study (pages/ + manifest.csv).
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'external-fixture');
const manifest = parseManifest(readFileSync(join(FIXTURE, 'manifest.csv'), 'utf8'));

// Local files only: any network call is a bug.
const noNetwork = new Proxy({} as HttpClient, {
  get: (_t, prop) => (prop === 'addresses' ? undefined : () => Promise.reject(new Error(`network used: ${String(prop)}`))),
});

describe('eval --external', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atr-external-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('reads the manifest labels (quoted fields through the batch CSV reader)', () => {
    const csv = 'id,part,C1,C2,C3,C4,C5,C6,C7,pattern_note\nq1,dev,met,not_met,not_met,not_met,needs_evidence,not_met,needs_evidence,"a note, ""quoted"""\n';
    expect(parseManifest(csv)[0]?.note).toBe('a note, "quoted"');
    expect(manifest.map((r) => [r.id, r.part, r.orgType])).toEqual([
      ['x01', 'dev', 'local-authority'],
      ['x02', 'dev', 'local-authority'],
      ['x03', 'sealed', 'local-authority'],
    ]);
    expect(manifest[0]!.labels.C2).toBe('met');
    expect(manifest[2]!.labels.C7).toBeUndefined(); // "-" is not scored
    expect(() => parseManifest('id,part,C1,C2,C3,C4,C5,C6,C7\nz,dev,yes,,,,,,\n')).toThrow(/not a level/);
  });

  it('defaults to the dev part, the manifest beside the pages and an out folder outside them', () => {
    const args = parseExternalArgs(['--external', join(FIXTURE, 'pages')]);
    expect(args.part).toBe('dev');
    expect(args.manifest).toBe(join(FIXTURE, 'manifest.csv'));
    expect(args.out).toBe(join(FIXTURE, 'eval-out'));
    expect(() => parseExternalArgs(['--external', 'x', '--part', 'test'])).toThrow(/dev, sealed or all/);
  });

  it('audits only the chosen part with the real pipeline and scores every label', async () => {
    const dev = await evaluateExternal({ pagesDir: join(FIXTURE, 'pages'), manifest, part: 'dev', outDir, http: noNetwork, clock: systemClock });
    expect(dev.missing).toEqual([]);
    expect(dev.metrics.items).toBe(2);
    expect(dev.metrics.judgements).toBe(14);
    expect(dev.metrics.criteria.map((c) => c.criterion)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect(dev.patterns.reduce((n, p) => n + p.count, 0)).toBe(dev.disagreements.length);
    // the look-alike privacy notice gives no credit for the records page criteria
    expect(dev.disagreements.filter((d) => d.item === 'x02' && ['C1', 'C6'].includes(d.criterion))).toEqual([]);

    const sealed = await evaluateExternal({ pagesDir: join(FIXTURE, 'pages'), manifest, part: 'sealed', outDir, urlPaths: true, http: noNetwork, clock: systemClock });
    expect(sealed.metrics.items).toBe(1);
    expect(sealed.metrics.judgements).toBe(6);
  }, 60_000);

  it('groups disagreements into patterns, commonest first', () => {
    const d = (item: string, criterion: string, cls: string) => ({ item, criterion, label: 'partial' as const, predicted: 'not_met' as const, class: cls, evidence: '' });
    const ps = errorPatterns([d('a', 'C4', 'atr-page'), d('b', 'C6', 'sar-page'), d('c', 'C4', 'atr-page')]);
    expect(ps.map((p) => [p.criterion, p.class, p.count, p.items])).toEqual([
      ['C4', 'atr-page', 2, ['a', 'c']],
      ['C6', 'sar-page', 1, ['b']],
    ]);
  });
});
