import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { renderJunit } from './junit.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

/** Well-formed-ish: every element opened is closed in order, and no raw < or & sits in text. */
function checkXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[a-z-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop(), `closing ${name}`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  const text = body.replace(/<\/?[A-Za-z-]+(?:\s+[a-z-]+="[^"<]*")*\s*\/?>/g, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
}

describe('renderJunit', () => {
  const xml = renderJunit(sampleReport);

  it('is deterministic and well-formed', () => {
    expect(renderJunit(sampleReport)).toBe(xml);
    checkXml(xml);
  });

  it('has one test case per criterion with the right outcome', () => {
    const cases = [...xml.matchAll(/<testcase [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/testcase>/g)];
    expect(cases.map((m) => m[1]!.split(' ')[0])).toEqual(sampleReport.criteria.map((c) => c.id));
    const body = (id: string): string => cases.find((m) => m[1]!.startsWith(`${id} `))![2]!;
    expect(body('C1')).not.toMatch(/<failure|<error|<skipped/);
    expect(body('C2')).toContain('<failure message="Partly met:');
    expect(body('C3')).toContain('type="not_met"');
    expect(body('C4')).toContain('<error ');
    expect(body('C5')).toContain('<skipped message="Needs evidence: Ask the council for:');
    expect(body('C7')).toContain('<skipped message="Not applicable:');
    expect(xml).toContain('tests="7" failures="2" errors="1" skipped="2"');
  });

  it('escapes hostile text, including control characters', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.criteria[2]!.summary = 'bad "]]></failure><x> & \u0001';
    r.organisation.name = '<Evil & Co>';
    const out = renderJunit(r);
    checkXml(out);
    expect(out).toContain('bad &quot;]]&gt;&lt;/failure&gt;&lt;x&gt; &amp; ');
    expect(out).not.toContain('\u0001');
  });

  it('adds a suite for each further pack', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.packs = [{ ruleset: { id: 'extra', version: '2.0.0' }, summary: r.summary, criteria: r.criteria.slice(0, 2) }];
    const out = renderJunit(r);
    checkXml(out);
    expect(out.match(/<testsuite /g)).toHaveLength(2);
    expect(out.match(/<testcase /g)).toHaveLength(9);
    expect(out).toContain('classname="extra.harrowfield"');
  });
});
