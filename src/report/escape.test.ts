import { describe, expect, it } from 'vitest';
import { csvCell, escapeHtml, escapeMarkdown, escapeXml, safeHref } from './escape.js';

describe('safeHref', () => {
  it.each([
    'https://example.org/a?b=c#d',
    'http://127.0.0.1:8080/x',
    'file:///tmp/site/index.html',
    'evidence/c1-1.png',
    '../harrowfield/report.html',
    '#criterion-C1',
  ])('keeps %s', (url) => expect(safeHref(url)).toBe(url));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '',
  ])('refuses %j', (url) => expect(safeHref(url)).toBeUndefined());
});

describe('escaping', () => {
  it('escapes HTML metacharacters and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });
  it('neutralises Markdown syntax and line starts', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a | b *c* [d](e) <script>')).toBe('a \\| b \\*c\\* \\[d\\]\\(e\\) \\<script\\>');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
  it('quotes CSV cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2,3')).toBe(`"'-2,3"`);
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });
});
