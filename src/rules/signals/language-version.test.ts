// The language-version signal (statutory-guidance W1): a page in the language, a declared version
// (hreflang), or a link to it. A Welsh page named only by hreflang="cy" counts as the Welsh version.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../extract/index.js';
import { analyseDocument } from '../analysed-document.js';
import { historyPattern } from './history.js';
import { languageVersion } from './language-version.js';

const meta = { url: 'https://www.example.gov.uk/your-records', contentHash: 'sha256:abc', fetchedAt: '2026-12-01T10:00:00.000Z', fetchedWith: 'http' as const };
const params = { signal: 'language-version' as const, lang: 'cy', anchors: ['Cymraeg'] };

function check(head: string, body: string) {
  const doc = extractHtml(`<!doctype html><html lang="en"><head><title>Your records</title>${head}</head><body><main><h1>Your records</h1><p>You can ask to see your records.</p>${body}</main></body></html>`, meta);
  const analysed = analyseDocument({ ...doc, classification: { topic: 'other', docType: 'web-page', confidence: 1, reasons: [] } });
  return languageVersion({ doc: analysed, lexicon: new Map(), history: historyPattern([]) }, params);
}

describe('language-version', () => {
  it('counts a version declared by <link rel="alternate" hreflang>, with its region, and names it', () => {
    const r = check('<link rel="alternate" hreflang="cy-GB" href="/eich-cofnodion">', '');
    expect(r.passed).toBe(true);
    expect(r.detail).toBe('declares a "cy" version (hreflang="cy-GB"): https://www.example.gov.uk/eich-cofnodion');
    expect(r.evidence[0]!.quote).toContain('Your records');
  });

  it('counts a link carrying hreflang whatever its text', () => {
    expect(check('', '<p><a hreflang="cy" href="https://www.example.gov.uk/eich-cofnodion">Darllenwch</a></p>').passed).toBe(true);
  });

  it('does not count another language, or a link rel that is not an alternate', () => {
    expect(check('<link rel="alternate" hreflang="en-GB" href="/your-records"><link rel="canonical" hreflang="cy" href="/x">', '').passed).toBe(false);
    expect(check('', '<p><a href="/print">Print this page</a></p>').passed).toBe(false);
  });

  it('still counts a link named Cymraeg', () => {
    expect(check('', '<p><a href="/eich-cofnodion">Cymraeg</a></p>').passed).toBe(true);
  });
});
