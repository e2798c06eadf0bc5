import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { expectationMismatches, renderDemoIndex } from './demo-index.js';
import type { DemoSite } from './demo-index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

const other = structuredClone(sampleReport) as AuditReport;
other.organisation = { ...other.organisation, name: 'Oldbridge <County> Council', slug: 'oldbridge' };
other.summary.score = null;

const sites: DemoSite[] = [
  {
    slug: 'harrowfield',
    name: 'Harrowfield',
    description: 'Good page, unreadable policy',
    report: sampleReport,
    expected: { C1: 'met', C2: 'partial', C3: 'not_met' },
  },
  { slug: 'oldbridge', name: 'Oldbridge <County>', description: 'Nothing findable', report: other, expected: { C1: 'not_met', C3: 'not_met' } },
];

describe('renderDemoIndex', () => {
  const html = renderDemoIndex(sites);

  it('is deterministic and self-contained', () => {
    expect(renderDemoIndex(sites)).toBe(html);
    expect(html).not.toMatch(/<script|<link\b|\bsrc=/i);
  });

  it('has a row per site linking its report, a column per criterion, and the score', () => {
    expect(html).toContain('href="harrowfield/report.html"');
    expect(html).toContain('href="oldbridge/report.html"');
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']) expect(html).toContain(`<th scope="col">${id}</th>`);
    expect(html).toContain('63/100');
    expect(html).toContain('no score');
    expect(html).toContain('Oldbridge &lt;County&gt;');
    expect(html).not.toContain('<County>');
  });

  it('says whether each site matches what its fixture expects', () => {
    expect(html).toContain('<th scope="col">Matches expected</th>');
    expect(html).toContain('✔ yes');
    expect(html).toContain('✘ no</strong>: C1 expected not_met, got met');
    expect(expectationMismatches(sites[0]!)).toEqual([]);
    expect(expectationMismatches(sites[1]!)).toEqual(['C1 expected not_met, got met']);
  });

  it('drops the expectation column when no site has expectations', () => {
    const plain = renderDemoIndex(sites.map(({ expected: _e, ...s }) => s));
    expect(plain).not.toContain('Matches expected');
  });
});
