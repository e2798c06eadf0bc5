// Deep and wide HTML at small sizes: the shapes that cost minutes and gigabytes at full size
// (bench/hostile.mjs measures those).
import { describe, expect, it } from 'vitest';
import { inlineHtml, linksHtml, nestedHtml } from '../../bench/lib/hostile-inputs.mjs';
import { boundHtml } from './html-bounds.js';
import { MAX_LINKS_PER_PAGE } from './html-links.js';
import { extractHtml } from './html.js';

const meta = { url: 'https://www.example.gov.uk/deep', contentHash: 'sha256:abc', fetchedAt: '2025-03-01T10:00:00.000Z', fetchedWith: 'http' as const };

function maxDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)(div|blockquote)\b[^>]*>/g)) deepest = Math.max(deepest, (depth += m[1] ? -1 : 1));
  return deepest;
}

describe('boundHtml', () => {
  it('leaves an ordinary page alone', () => {
    const page = nestedHtml(20);
    expect(boundHtml(page)).toEqual({ html: page });
  });

  it('drops wrappers beyond the depth limit, with their closing tags, and keeps the text', () => {
    const { html, truncated } = boundHtml(nestedHtml(300), 50);
    expect(truncated).toBeUndefined();
    expect(maxDepth(html)).toBe(49); // <main> is the 50th level
    expect(html.match(/<div>/g)).toHaveLength(49);
    expect(html.match(/<\/div>/g)).toHaveLength(49);
    expect(html).toContain('<p>Your care records are kept for 75 years.</p>');
  });

  it('cuts a page off after the element limit and says how much was read', () => {
    const { html, truncated } = boundHtml(inlineHtml(1_000), 256, 500);
    expect(html.match(/<span>/g)!.length).toBeLessThan(500);
    expect(truncated).toMatch(/more than 500 elements: only the first 500 were read \(\d+% of the page\)/);
  });
});

describe('extractHtml on hostile shapes', () => {
  it('reads a paragraph under 20,000 nested <blockquote>s (the stack-overflow fallback only strips div/span)', () => {
    const doc = extractHtml(nestedHtml(20_000, 'blockquote'), meta);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Deep page', 'Your care records are kept for 75 years.']);
    expect(doc.truncated).toBeUndefined();
  });

  it(`keeps the first ${MAX_LINKS_PER_PAGE} links of a page and records the rest as not followed`, () => {
    const doc = extractHtml(linksHtml(MAX_LINKS_PER_PAGE + 500), meta);
    expect(doc.links).toHaveLength(MAX_LINKS_PER_PAGE);
    expect(doc.links[0]).toMatchObject({ url: 'https://www.example.gov.uk/p/0', text: 'Page 0' });
    expect(doc.truncated).toBe(`page has ${MAX_LINKS_PER_PAGE + 500} links: only the first ${MAX_LINKS_PER_PAGE} were kept, 500 were not followed`);
  });

  it('says nothing of links on a page under the cap', () => {
    expect(extractHtml(linksHtml(MAX_LINKS_PER_PAGE), meta).truncated).toBeUndefined();
  });

  it('records a page cut off at the element limit as truncated', () => {
    const doc = extractHtml(inlineHtml(1_000), meta, { maxElements: 500 });
    expect(doc.truncated).toMatch(/more than 500 elements/);
    expect(doc.blocks[0]?.text).toBe('Wide page');
  });
});
