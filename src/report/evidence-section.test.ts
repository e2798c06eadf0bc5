import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { fullSelfCheck } from '../../test/helpers/sample-self-check.js';
import { selfCheckHtml, quarterChartSvg } from './evidence-section.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { reportSchemaErrors } from './schema-validate.js';
import { renderJson } from './json.js';

const withSelfCheck: AuditReport = { ...sampleReport, selfCheck: fullSelfCheck.selfCheck };

describe('self-check section of report.html and report.md', () => {
  it('is absent without --evidence', () => {
    expect(selfCheckHtml(sampleReport)).toBe('');
    expect(renderHtml(sampleReport)).not.toContain('id="self-check"');
    expect(renderMarkdown(sampleReport)).not.toContain('Self-check');
  });

  it('draws the quarters as inline SVG with a title, a description and the numbers written on it, and no script', () => {
    const html = renderHtml(withSelfCheck);
    expect(html).toContain('id="self-check"');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/<script/i);
    const svg = quarterChartSvg([{ quarter: '2026-Q1', received: 7, answered: 6, withinOneMonth: 5, withinLawfulLimit: 6, medianDays: 25 }]);
    expect(svg).toContain('<title id="c5-chart-title">');
    expect(svg).toContain('2026-Q1: 7 received, 5 answered within one month');
    expect(svg).toMatch(/>7<\/text>/);
    expect(svg).toMatch(/>5<\/text>/);
  });

  it('gives the same numbers as a table and as text', () => {
    const html = renderHtml(withSelfCheck);
    expect(html).toContain('<caption>Requests by quarter received');
    expect(html).toContain('<th scope="row">2026-Q1</th><td>2</td><td>2</td><td>1</td><td>2</td><td>30</td>');
    expect(html).toContain('median 30, 90th percentile 40');
    const md = renderMarkdown(withSelfCheck);
    expect(md).toContain('| 2026-Q1 | 2 | 2 | 1 | 2 | 30 |');
    expect(md).toContain('- overall: mean 4.5 from 2; 4 or 5: 2 (100%)');
  });

  it("names who the log counts in the pack's words (labels.people)", () => {
    const labels = { ready: 'Join-ready', heading: 'joining', pageTitle: 'joining audit', people: 'people joining the library' };
    expect(renderHtml(withSelfCheck, labels)).toContain('<dt>requests from people joining the library</dt>');
    expect(renderMarkdown(withSelfCheck, labels)).toMatch(/^- Requests from people joining the library: \d+ /m);
    expect(renderMarkdown(withSelfCheck)).toMatch(/^- Requests from people the service is for: \d+ /m);
  });

  it('validates against the schema', () => {
    expect(reportSchemaErrors(JSON.parse(renderJson(withSelfCheck)))).toEqual([]);
  });
});

describe('self-check plain-language part', () => {
  it('shows each letter and leaflet with its figures, jargon alternatives and driving sentences', () => {
    const html = renderHtml(withSelfCheck);
    expect(html).toContain('id="selfcheck-c6"');
    expect(html).toContain('data controller: say &quot;the organisation responsible for your information&quot;');
    expect(html).toContain('<q>Some parts are blacked out.</q>');
    const md = renderMarkdown(withSelfCheck);
    expect(md).toContain('- Avoid: prior to (say "before")');
  });
});
