// Issue 13.3: a criterion's findings never contradict its verdict. On the exemplary fixture the
// met rules and their weaker partial twins match the same pages; only the deciding ones are shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { auditFixture } from '../helpers/audited-fixture.js';

let report: AuditReport;
let html = '';
let md = '';

beforeAll(async () => {
  const audited = await auditFixture('exemplary');
  ({ report, html, md } = audited);
  afterAll(audited.remove);
});

describe('findings under a verdict', () => {
  it('never shows a weaker finding about a page the verdict already rests on', () => {
    expect(reportSchemaErrors(report)).toEqual([]);
    const rank = (s: string): number => (s === 'met' ? 2 : s === 'partial' ? 1 : 0);
    for (const c of report.criteria) {
      const verdicts = c.findings.filter((f) => f.kind === 'verdict' && f.evidence.length > 0);
      if (verdicts[0]) expect(verdicts[0].status, c.id).toBe(c.status); // the deciding finding comes first
      for (const weak of verdicts) {
        const stronger = verdicts.filter((s) => rank(String(s.status)) > rank(String(weak.status)));
        const pages = new Set(stronger.flatMap((s) => s.evidence.map((e) => e.url)));
        expect(weak.evidence.some((e) => pages.has(e.url)), `${c.id} ${weak.ruleId}`).toBe(false);
      }
    }
  });

  it('C1 met with a way to ask does not also say "no way to ask is given here"; C6 met is not "hard to read"', () => {
    const c1 = report.criteria.find((c) => c.id === 'C1')!;
    const c6 = report.criteria.find((c) => c.id === 'C6')!;
    expect(c1.status).toBe('met');
    expect(c1.findings.map((f) => f.message).join('\n')).not.toMatch(/no way to ask/);
    expect(c1.alsoConsidered?.map((f) => f.ruleId)).toContain('clearmark/c1-aimed-no-route');
    expect(c6.status).toBe('met');
    expect(c6.findings.map((f) => f.message).join('\n')).not.toMatch(/hard to read/);
    expect(html).toMatch(/<details class="also">\n<summary>Also considered \(\d\): weaker readings of the same pages/);
    // report.md keeps them apart too, after the deciding findings
    const c1Md = md.slice(md.indexOf('### C1 '), md.indexOf('### C2 '));
    expect(c1Md).toMatch(/<details><summary>Also considered \(\d\)/);
    expect(c1Md.slice(0, c1Md.indexOf('<details>'))).not.toMatch(/no way to ask/);
  });
});
