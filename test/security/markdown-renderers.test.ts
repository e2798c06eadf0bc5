// report.md (and the diff's Markdown) rendered by two common renderers, with raw HTML allowed and
// bare links turned on: no javascript: link, no script, no image, no event handler.
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../src/batch/diff-render.js';
import type { DiffResult } from '../../src/batch/diff.js';
import { renderMarkdown } from '../../src/report/index.js';
import { hostileReport, HOSTILE_TEXT, HOSTILE_URLS } from './hostile-report.js';

const renderers: Record<string, (md: string) => string> = {
  'markdown-it (html, linkify)': (md) => new MarkdownIt({ html: true, linkify: true }).render(md),
  'marked (GFM)': (md) => marked.parse(md, { async: false, gfm: true }),
};

/** Values of an attribute in real tags (escaped text like &lt;a href=...&gt; is not a tag). */
function attributes(html: string, name: string): string[] {
  const tags = html.match(/<[a-z][^<>]*>/gi) ?? [];
  return tags.flatMap((tag) => [...tag.matchAll(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'gi'))].map((m) => m[1]!.replace(/^["']|["']$/g, '')));
}

function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe|<object|<embed|<svg/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  for (const href of [...attributes(html, 'href'), ...attributes(html, 'src')]) {
    const decoded = href.replace(/&amp;/g, '&').replace(/&#x?[0-9a-f]+;/gi, '').replace(/\s/g, '').replace(/[^\x20-\x7e]/g, '');
    expect(decoded, `link ${href}`).toMatch(/^(https?:\/\/|evidence\/)/i);
  }
}

describe.each(Object.entries(renderers))('report.md under %s', (_name, render) => {
  const md = renderMarkdown(hostileReport());

  it('the Markdown carries the hostile text (the test bites)', () => {
    expect(md).toContain('javascript:alert');
    expect(md).toContain('HYPERLINK');
  });

  it('renders no javascript: link, no script, no remote image, no event handler', () => {
    expectInert(render(md));
  });

  it('keeps http(s) evidence links live', () => {
    const html = render(renderMarkdown({ ...hostileReport(), organisation: { ...hostileReport().organisation, url: 'https://council.example/' } }));
    expect(attributes(html, 'href')).toContain('https://council.example/');
  });
});

describe.each(Object.entries(renderers))('diff Markdown under %s', (_name, render) => {
  it('is inert for hostile names, quotes and URLs', () => {
    const d: DiffResult = {
      changes: 1,
      regressions: 1,
      newFindings: 1,
      councils: [
        {
          slug: 'evil',
          name: HOSTILE_TEXT.join(' '),
          presence: 'both',
          scoreFrom: 50,
          scoreTo: 40,
          criteria: [
            {
              id: 'C1',
              from: 'met',
              to: 'not_met',
              regression: true,
              waiverFrom: HOSTILE_TEXT[0]!,
              waiverTo: null,
              appeared: HOSTILE_URLS.map((url, i) => ({ ruleId: 'x/y', url, quote: HOSTILE_TEXT[i]! })),
              disappeared: [],
            },
          ],
          documentsNew: HOSTILE_URLS,
          documentsGone: [],
          documentsChanged: [],
        },
      ],
    } as unknown as DiffResult;
    expectInert(render(renderDiffMarkdown(d)));
  });
});
