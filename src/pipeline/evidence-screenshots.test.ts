// The screenshot index is data read back from disk (rescore): a name that leaves evidence/ is dropped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { keepScreenshots } from './evidence-screenshots.js';

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
