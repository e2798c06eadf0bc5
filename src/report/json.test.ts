import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { renderJson } from './json.js';
import { FORMATS, fileNameFor } from './formats.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

/** Rebuild an object with its keys in reverse order, recursively, to prove order is not inherited. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).reverse()) out[k] = reversed((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

describe('renderJson', () => {
  it('is deterministic and ends with a newline', () => {
    const a = renderJson(sampleReport);
    expect(renderJson(sampleReport)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('writes keys in the contract order whatever order the input has', () => {
    const out = renderJson(reversed(sampleReport));
    expect(out).toBe(renderJson(sampleReport));
    const parsed = JSON.parse(out) as Record<string, unknown> & { criteria: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion', 'tool', 'ruleset', 'organisation', 'startedAt', 'finishedAt',
      'summary', 'criteria', 'packs', 'sources', 'problems',
    ]);
    expect(Object.keys(parsed.summary as object)).toEqual([
      'score', 'eligible', 'met', 'partial', 'notMet', 'needsEvidence', 'notApplicable', 'error',
      'complete', 'clearmarkReady', 'blocking', 'sources',
    ]);
    expect(Object.keys(parsed.criteria[2]!)).toEqual(['id', 'title', 'status', 'score', 'summary', 'findings', 'searched']);
    const finding = (parsed.criteria[1]!.findings as Array<Record<string, unknown>>)[1]!;
    expect(Object.keys(finding)).toEqual(['id', 'ruleId', 'kind', 'status', 'message', 'evidence', 'correction']);
  });

  it('loses nothing: parsing gives back the same report', () => {
    expect(JSON.parse(renderJson(sampleReport))).toEqual(sampleReport);
  });

  it('keeps a field it does not know yet, after the known ones', () => {
    const extended = { ...sampleReport, zzNew: 1, aaNew: 2 } as AuditReport;
    const keys = Object.keys(JSON.parse(renderJson(extended)) as object);
    expect(keys.slice(-2)).toEqual(['aaNew', 'zzNew']);
  });
});

describe('formats', () => {
  it('names a file for every format', () => {
    expect(FORMATS.map(fileNameFor)).toEqual(['report.json', 'report.html', 'report.md', 'report.csv', 'junit.xml']);
  });
});
