import { describe, expect, it } from 'vitest';
import type { FetchedResource } from '../core/index.js';
import { decodeHtml, extractResource } from './resource.js';

const base: FetchedResource = {
  url: 'https://www.example.gov.uk/a',
  finalUrl: 'https://www.example.gov.uk/b',
  status: 200,
  contentType: 'text/html',
  kind: 'html',
  contentHash: 'sha256:r',
  bytes: 0,
  fetchedAt: '2025-03-01T10:00:00.000Z',
  fetchedWith: 'http',
  depth: 1,
  relevance: 0.5,
};

describe('decodeHtml / extractResource', () => {
  it('uses the header charset, then <meta charset>, else utf-8', () => {
    const latin = Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]); // <p>café</p> in windows-1252
    expect(decodeHtml(latin, 'text/html; charset=windows-1252')).toBe('<p>café</p>');
    const withMeta = Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), latin]);
    expect(decodeHtml(withMeta, 'text/html')).toContain('café');
    expect(decodeHtml(Buffer.from('<p>café</p>', 'utf8'), 'text/html')).toBe('<p>café</p>');
  });

  it('dispatches on kind and keeps the final URL, hash and fetch time', async () => {
    const doc = await extractResource(base, Buffer.from('<main><h1>Hello</h1><p>World wide.</p></main>'));
    expect(doc).toMatchObject({ url: base.finalUrl, contentHash: 'sha256:r', fetchedAt: base.fetchedAt, kind: 'html', title: 'Hello' });
    const txt = await extractResource({ ...base, kind: 'text', contentType: 'text/plain' }, Buffer.from('Line one\ncontinues.'));
    expect(txt.blocks.map((b) => b.text)).toEqual(['Line one continues.']);
  });
});

describe('windows-1252 pages', () => {
  it('decodes curly quotes and dashes in the 0x80-0x9f range', () => {
    const body = Buffer.concat([Buffer.from('<p>it'), Buffer.from([0x92]), Buffer.from('s free '), Buffer.from([0x96]), Buffer.from(' ask</p>')]);
    expect(decodeHtml(body, 'text/html; charset=windows-1252')).toBe('<p>it’s free – ask</p>');
    expect(decodeHtml(body, 'text/html; charset=ISO-8859-1')).toBe('<p>it’s free – ask</p>');
  });
});

describe('encoding sniffing as browsers do it (encoding-sniffer)', () => {
  const cafe1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
  it('reads the charset of a http-equiv Content-Type meta', () => {
    const body = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>'), cafe1252]);
    expect(decodeHtml(body, 'text/html')).toContain('café');
  });

  it('does not take a charset from a commented-out meta', () => {
    const body = Buffer.from('<!-- <meta charset="windows-1252"> --><p>café</p>', 'utf8');
    expect(decodeHtml(body, 'text/html')).toContain('café');
  });

  it('lets a byte-order mark win over the header, and reads a meta claiming UTF-16 as UTF-8', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>café</p>', 'utf8')]);
    expect(decodeHtml(bom, 'text/html; charset=windows-1252')).toBe('<p>café</p>');
    expect(decodeHtml(Buffer.from('<meta charset="utf-16"><p>café</p>', 'utf8'), 'text/html')).toContain('café');
  });

  it('falls back to the meta, then UTF-8, when the header names an unknown charset', () => {
    expect(decodeHtml(Buffer.from('<p>café</p>', 'utf8'), 'text/html; charset=no-such-thing')).toBe('<p>café</p>');
  });
});
