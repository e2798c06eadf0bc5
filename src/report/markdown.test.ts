import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport);

  it('is deterministic', () => {
    expect(renderMarkdown(sampleReport)).toBe(md);
  });

  it('has every criterion in the table and as a section', () => {
    for (const c of sampleReport.criteria) {
      expect(md).toContain(`| ${c.id} | ${c.title} |`);
      expect(md).toMatch(new RegExp(`^### ${c.id} `, 'm'));
    }
  });

  it('shows score, incompleteness and readiness up front', () => {
    expect(md.split('\n')[0]).toBe('# Harrowfield Borough Council: 63/100 (incomplete: C4 could not be checked)');
    expect(md).toContain('All criteria met: no (not yet met: C2, C3, C4, C5, C7)');
  });

  it('quotes evidence with a link, and escapes markup in quotes', () => {
    expect(md).toContain('> If you grew up in our care, you can ask to read the records we kept about you.');
    expect(md).toContain('[Your care records](https://www.harrowfield.example/care-leavers/your-care-records)');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });

  it('says where we looked, lists advisories, sources and problems', () => {
    expect(md).toContain('**Where we looked**');
    expect(md).toContain('- Looked for: records + reason or benefit within two sentences');
    expect(md).toContain('Correct position: Anyone who was in care can ask for their records at any age.');
    expect(md).toContain('9 discovered: 5 assessed, 2 failed, 2 skipped.');
    expect(md).toContain('| failed | parse-error |');
    expect(md).toContain('**blocked-by-robots**');
  });
});
