import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, type AuditReport } from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { reportSchemaErrors } from '../report/schema-validate.js';
import { applyWaivers, loadWaivers, type Waiver } from './waivers.js';

const base = { council: 'harrowfield', reason: 'checked by phone with the records team', author: 'A. Campaigner', expires: '2030-01-01' };
const clone = (): AuditReport => JSON.parse(JSON.stringify(sampleReport)) as AuditReport;
const strip = (r: AuditReport): unknown => JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'waiver' ? undefined : v)));

describe('applyWaivers', () => {
  it('marks only the findings of the waived rule and changes nothing else', () => {
    const rule = sampleReport.criteria[1]!.findings[0]!.ruleId;
    const { report, used } = applyWaivers(clone(), [{ ...base, rule }], '2026-01-01');
    const waived = report.criteria.flatMap((c) => c.findings).filter((f) => f.waiver);
    expect(waived.map((f) => f.ruleId)).toEqual([rule]);
    expect(waived[0]!.waiver).toEqual({ reason: base.reason, author: base.author, expires: base.expires });
    expect(strip(report)).toEqual(strip(sampleReport));
    expect(used[0]!.matched).toBe(1);
    expect(reportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('a criterion waiver with a status sets that criterion, keeps the original, and rescores', () => {
    const { report } = applyWaivers(clone(), [{ ...base, criterion: 'C3', status: 'met' }], '2026-01-01');
    const c3 = report.criteria.find((c) => c.id === 'C3')!;
    expect(c3.status).toBe('met');
    expect(c3.score).toBe(1);
    expect(c3.waived).toMatchObject({ originalStatus: 'not_met', reason: base.reason });
    expect(report.summary.met).toBe(sampleReport.summary.met + 1);
    expect(report.summary.notMet).toBe(sampleReport.summary.notMet - 1);
    expect(report.criteria.filter((c) => c.id !== 'C3')).toEqual(sampleReport.criteria.filter((c) => c.id !== 'C3'));
    expect(reportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('never touches another council, another URL, or applies an expired waiver', () => {
    const other: Waiver = { ...base, council: 'elsewhere', criterion: 'C3', status: 'met' };
    const wrongUrl: Waiver = { ...base, criterion: 'C1', url: 'https://nowhere.example/' };
    const expired: Waiver = { ...base, criterion: 'C3', status: 'met', expires: '2025-12-31' };
    const r = applyWaivers(clone(), [other, wrongUrl, expired], '2026-01-01');
    expect(r.report).toEqual(sampleReport);
    expect(r.expired).toEqual([expired]);
    expect(r.used.find((u) => u.waiver === wrongUrl)!.matched).toBe(0);
  });

  it('matches the council by code too', () => {
    const { report } = applyWaivers(clone(), [{ ...base, council: 'E09000099', criterion: 'C1' }], '2026-01-01');
    expect(report.criteria[0]!.findings.every((f) => f.waiver)).toBe(true);
  });
});

describe('loadWaivers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atr-waivers-'));
  it('reads a YAML list (dates as dates or strings) and rejects bad entries', () => {
    const good = join(dir, 'w.yaml');
    writeFileSync(good, `waivers:\n  - council: x\n    criterion: C5\n    status: met\n    reason: r\n    author: a\n    expires: 2027-03-01\n`);
    expect(loadWaivers(good)[0]!.expires).toBe('2027-03-01');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `- council: x\n  rule: clearmark/c1\n  status: met\n  reason: r\n  author: a\n  expires: 2027-03-01\n`);
    expect(() => loadWaivers(bad)).toThrow(UsageError);
    writeFileSync(bad, `- council: x\n  criterion: C1\n  author: a\n  expires: 2027-03-01\n`);
    expect(() => loadWaivers(bad)).toThrow(/reason/);
  });
});
