import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { evidenceHref, renderHtml } from './html.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

const html = renderHtml(sampleReport);

describe('renderHtml', () => {
  it('is deterministic', () => {
    expect(renderHtml(sampleReport)).toBe(html);
  });

  it('shows the hostile quote as text, never as markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('type &quot;care records&quot; in the box');
  });

  it('escapes every field that reaches the page, not just quotes', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.organisation.name = 'Evil <img src=x onerror=alert(1)> Council';
    r.criteria[0]!.title = '<b>bold</b>';
    r.problems[0]!.message = '"><svg onload=alert(1)>';
    r.sources[0]!.url = 'javascript:alert(1)';
    const out = renderHtml(r);
    expect(out).not.toMatch(/<img|<svg|<b>bold/);
    expect(out).not.toMatch(/href="javascript:/i);
    expect(out).toContain('javascript:alert(1)'); // still listed, as text
  });

  it('loads nothing from elsewhere: inline style, no script, and http(s) only in links', () => {
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    // Strip anchors' href and blockquotes' cite; whatever http(s) is left must be visible text, not a resource.
    const rest = html.replace(/ (href|cite)="[^"]*"/g, '');
    for (const m of rest.matchAll(/https?:\/\/[^\s<"]+/g)) {
      const before = rest.slice(0, m.index);
      expect(before.lastIndexOf('<')).toBeLessThan(before.lastIndexOf('>')); // inside text, not inside a tag
    }
  });

  it('has every criterion with its status as symbol and word', () => {
    for (const c of sampleReport.criteria) expect(html).toContain(`id="criterion-${c.id}"`);
    expect(html).toContain('✔</span> Met');
    expect(html).toContain('◐</span> Partly met');
    expect(html).toContain('✘</span> Not met');
    expect(html).toContain('?</span> Needs evidence');
    expect(html).toContain('–</span> Not applicable');
    expect(html).toContain('!</span> Error');
    expect(html).toContain('class="legend"');
  });

  it('carries the header facts', () => {
    expect(html).toContain('Harrowfield Borough Council');
    expect(html).toContain('63/100');
    expect(html).toContain('<span class="flag">incomplete</span>');
    expect(html).toContain('C4 could not be checked');
    expect(html).toMatch(/All criteria met<\/dt><dd><strong>No<\/strong>/);
    expect(html).toContain('atr-audit 0.1.0, rules clearmark 0.1.0');
    expect(html).toContain('2025-06-02');
  });

  it('links each quote to its source and place', () => {
    expect(html).toContain('href="https://www.harrowfield.example/care-leavers/your-care-records#:~:text=If%20you%20grew%20up%20in%20our"');
    expect(html).toContain('href="https://www.harrowfield.example/media/1234/seeing-your-care-records.pdf#page=2"');
    expect(html).toContain('page 2 · PDF · fetched 2025-06-02');
  });

  it('says where we looked for negatives only', () => {
    const section = (id: string): string => html.split(`id="criterion-${id}"`)[1]!.split('</section>')[0]!;
    expect(section('C3')).toContain('Where we looked');
    expect(section('C3')).toContain('records + reason or benefit within two sentences');
    expect(section('C4')).toContain('Where we looked');
    expect(section('C5')).toContain('Where we looked');
    expect(section('C5')).toContain('Ask the council for:');
    expect(section('C1')).not.toContain('Where we looked');
  });

  it('lists advisories with their correction, the source ledger and problems', () => {
    const adv = html.split('id="advisories"')[1]!.split('<h2')[0]!;
    expect(adv).toContain('badge sev-high');
    expect(adv).toContain('Correct position: Anyone who was in care can ask for their records at any age.');
    expect(adv).toContain('Care leavers aged 16 to 25 can ask us for their records.');
    expect(html).toMatch(/<details>\s*<summary>/);
    expect(html).toContain('<td data-label="Reason">parse-error</td>');
    expect(html).toContain('<td data-label="Reason">off-site</td>');
    expect(html).toContain('<strong>blocked-by-robots</strong>');
  });
});

describe('evidenceHref', () => {
  const base = sampleReport.criteria[0]!.findings[0]!.evidence[0]!;
  it('drops words cut by trimming and encodes the reserved characters', () => {
    const href = evidenceHref({ ...base, url: 'https://x.example/p', quote: '…ing well-known, A & B … more words here…' });
    expect(href).toBe('https://x.example/p#:~:text=well%2Dknown%2C%20A%20%26%20B%20%E2%80%A6%20more');
  });
  it('adds to an existing fragment instead of a second #', () => {
    expect(evidenceHref({ ...base, url: 'https://x.example/p#top', quote: 'one two' })).toBe('https://x.example/p#top:~:text=one%20two');
  });
  it('leaves DOCX and text sources as they are', () => {
    expect(evidenceHref({ ...base, kind: 'docx', url: 'https://x.example/a.docx' })).toBe('https://x.example/a.docx');
  });
});
