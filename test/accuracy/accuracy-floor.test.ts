import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { advisoryTagsOf, evaluatePart } from '../../src/accuracy/run-eval.js';
import type { AuditReport } from '../../src/core/index.js';
import { loadPack, proofFailure, proofKindOf } from '../../src/rules/index.js';
import { systemClock } from '../../src/cli/io.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

// The accuracy target on the frozen test part (presence macro-F1 and exact agreement),
// kept as a floor so a rule change that loses accuracy fails here and not in a campaigner's report.
const MACRO_F1_FLOOR = 0.9;
const EXACT_FLOOR = 0.8;

describe('accuracy on the frozen test part of the labelled corpus', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atr-eval-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`keeps macro-F1 >= ${MACRO_F1_FLOOR} and exact agreement >= ${EXACT_FLOOR}`, async () => {
    const pack = loadPack('clearmark');
    const result = await evaluatePart('test', { outDir, http: loopbackHttp(), clock: systemClock, advisoryTags: advisoryTagsOf(pack) });
    expect(result.metrics.items).toBe(40);
    expect(result.metrics.macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
    expect(result.metrics.exactAgreement).toBeGreaterThanOrEqual(EXACT_FLOOR);

    // Every verdict proves itself (issue 12): no met or partial finding in these reports rests on a
    // quote that fails its signal's proof (a route is checked on the whole document, in evaluatePack).
    const rules = new Map(pack.rules.map((r) => [r.qualifiedId, r]));
    const failures: string[] = [];
    let checked = 0;
    for (const item of readdirSync(join(outDir, 'test'))) {
      const file = join(outDir, 'test', item, 'report.json');
      if (!existsSync(file)) continue;
      const report = JSON.parse(readFileSync(file, 'utf8')) as AuditReport;
      for (const finding of report.criteria.flatMap((c) => c.findings)) {
        if (finding.kind !== 'verdict' || (finding.status !== 'met' && finding.status !== 'partial')) continue;
        const rule = rules.get(finding.ruleId);
        const kind = rule ? proofKindOf(rule) : undefined;
        if (!kind || kind === 'route') continue;
        checked++;
        const quotes = finding.evidence.map((e) => e.quote);
        const failure = proofFailure(kind, { quotes, documentText: quotes.join(' ') });
        if (failure) failures.push(`${item} ${finding.ruleId}: ${failure}: ${quotes.join(' | ')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 120_000);
});
