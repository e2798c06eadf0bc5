// The screenshot index is data read back from disk (rescore): a name that leaves evidence/ is dropped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import type { PageRenderer } from '../fetch/index.js';
import { attachScreenshots, keepScreenshots } from './evidence-screenshots.js';

describe('keepScreenshots', () => {
  it('keeps a plain evidence/*.png and drops names that leave evidence/', async () => {
    const report = structuredClone(sampleReport) as AuditReport;
    const evidence = report.criteria.flatMap((c) => c.findings.filter((f) => f.kind === 'verdict').flatMap((f) => f.evidence)).filter((e) => e.kind === 'html');
    expect(evidence.length).toBeGreaterThan(1);
    for (const e of evidence) delete e.screenshot;
    const [good, bad] = evidence as [(typeof evidence)[0], (typeof evidence)[0]];
    const out = mkdtempSync(join(tmpdir(), 'shots-'));
    mkdirSync(join(out, 'evidence'));
    writeFileSync(join(out, 'evidence', 'c1-abc.png'), 'png');
    writeFileSync(join(out, 'outside.png'), 'png');
    const index = [
      { url: good.url, quote: good.quote, file: 'evidence/c1-abc.png' },
      { url: bad.url, quote: bad.quote, file: 'evidence/../outside.png' },
    ];
    writeFileSync(join(out, 'evidence', 'screenshots.json'), JSON.stringify(index));
    await keepScreenshots(report, out);
    expect(good.screenshot).toBe('evidence/c1-abc.png');
    expect(bad.screenshot).toBeUndefined();
  });
});

describe('attachScreenshots (issue 13.9)', () => {
  it('takes one picture per deciding finding, not one per quote of every finding, and reports progress', async () => {
    const report = structuredClone(sampleReport) as AuditReport;
    const c = report.criteria.find((x) => x.status === 'met')!;
    const page = 'https://council.example/care-leavers/records';
    const ev = (quote: string): AuditReport['criteria'][number]['findings'][number]['evidence'][number] => ({ url: page, title: 'Records', kind: 'html', location: 'p', quote, contentHash: 'sha256:0', fetchedAt: '2026-12-07T00:00:00Z' });
    c.findings = [
      { id: 'aaaaaaaa', ruleId: 'p/met', kind: 'verdict', status: 'met', message: 'met', evidence: [ev('main quote'), ev('second quote'), ev('third quote')] },
      { id: 'bbbbbbbb', ruleId: 'p/partial', kind: 'verdict', status: 'partial', message: 'weaker', evidence: [ev('weaker quote')] },
      { id: 'cccccccc', ruleId: 'p/advice', kind: 'advisory', status: 'low', message: 'old law', evidence: [ev('advisory quote')] },
    ];
    report.criteria = [c];
    report.packs = [];
    const shots: string[] = [];
    const renderer = {
      screenshot: async (_url: string, quote: string, file: string) => {
        shots.push(quote);
        writeFileSync(file, 'png');
        return true;
      },
      unavailable: () => undefined,
    } as unknown as PageRenderer;
    const progress: string[] = [];
    const out = mkdtempSync(join(tmpdir(), 'shots-'));
    const outcome = await attachScreenshots(report, renderer, out, 'evidence', (done, total) => progress.push(`${done}/${total}`));
    expect(shots).toEqual(['main quote']);
    expect(outcome.taken).toBe(1);
    expect(progress).toEqual(['0/1']);
    expect(c.findings[0]!.evidence[0]!.screenshot).toMatch(/^evidence\/[a-z0-9-]+\.png$/);
    expect(c.findings[0]!.evidence[1]!.screenshot).toBeUndefined();
  });
});
