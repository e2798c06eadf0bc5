import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { diffFails, diffReports, isRegression, tally } from './diff.js';

const clone = (): AuditReport => JSON.parse(JSON.stringify(sampleReport)) as AuditReport;

describe('diffReports', () => {
  it('finds nothing between a report and itself', () => {
    const d = diffReports('h', sampleReport, clone());
    expect(d.criteria).toEqual([]);
    expect(diffFails(tally([]), 'any')).toBe(false);
  });

  it('reports a status drop as a regression, with the evidence that disappeared', () => {
    const after = clone();
    const c1 = after.criteria[0]!;
    const gone = c1.findings[0]!;
    c1.status = 'not_met';
    c1.findings = c1.findings.slice(1);
    after.sources = after.sources.filter((s) => s.outcome !== 'assessed' || (s.finalUrl ?? s.url) !== gone.evidence[0]!.url);
    const d = diffReports('h', sampleReport, after);
    expect(d.criteria[0]).toMatchObject({ id: 'C1', from: 'met', to: 'not_met', regression: true });
    expect(d.criteria[0]!.disappeared[0]).toMatchObject({ findingId: gone.id, url: gone.evidence[0]!.url, quote: gone.evidence[0]!.quote });
    const t = tally([d]);
    expect(diffFails(t, 'regression')).toBe(true);
    expect(diffFails(t, 'new-findings')).toBe(false);
  });

  it('orders statuses sensibly', () => {
    expect(isRegression('partial', 'met')).toBe(false);
    expect(isRegression('met', 'error')).toBe(true);
    expect(isRegression('not_applicable', 'not_met')).toBe(false);
  });
});
