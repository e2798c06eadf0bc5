import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { advisoryTagsOf, evaluatePart } from '../../src/accuracy/run-eval.js';
import type { AuditReport } from '../../src/core/index.js';
import { loadPack } from '../../src/rules/index.js';
import { systemClock } from '../../src/cli/io.js';
import { loopbackHttp } from '../helpers/loopback-http.js';
import { proofFailuresOf } from '../helpers/proof-check.js';

// Each item's audit would load the clearmark pack again (~0.3 s of CPU each); once per file is enough.
vi.mock('../../src/rules/index.js', async (real) => (await import('../helpers/memo-rules.js')).memoisedRules(await real()));

// The accuracy target on the frozen test part (presence macro-F1 and exact agreement),
// kept as a floor so a rule change that loses accuracy fails here and not in a campaigner's report.
const MACRO_F1_FLOOR = 0.9;
const EXACT_FLOOR = 0.8;

describe('accuracy on the frozen test part of the labelled corpus', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atr-eval-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`keeps macro-F1 >= ${MACRO_F1_FLOOR} and exact agreement >= ${EXACT_FLOOR}`, async () => {
    const pack = loadPack('clearmark');
    const result = await evaluatePart('test', { outDir, http: loopbackHttp(), clock: systemClock, advisoryTags: advisoryTagsOf([pack, loadPack('legal-accuracy')]) });
    expect(result.metrics.items).toBe(40);
    expect(result.metrics.macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
    expect(result.metrics.exactAgreement).toBeGreaterThanOrEqual(EXACT_FLOOR);

    // Every verdict proves itself (issue 12): no met or partial finding in these crawled reports rests
    // on a quote that fails its signal's proof (the whole corpus: proofs-whole-corpus.test.ts).
    const failures: string[] = [];
    let checked = 0;
    for (const item of readdirSync(join(outDir, 'test'))) {
      const file = join(outDir, 'test', item, 'report.json');
      if (!existsSync(file)) continue;
      const result = proofFailuresOf(JSON.parse(readFileSync(file, 'utf8')) as AuditReport, pack, item);
      checked += result.checked;
      failures.push(...result.failures);
    }
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 120_000);
});
