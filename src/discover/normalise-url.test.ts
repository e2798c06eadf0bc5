import { describe, expect, it } from 'vitest';
import { normaliseUrl, tryNormaliseUrl } from './normalise-url.js';

describe('normaliseUrl', () => {
  it.each([
    ['https://Example.GOV.uk/Care-Leavers/#records', 'https://example.gov.uk/Care-Leavers'],
    ['https://example.gov.uk:443/a', 'https://example.gov.uk/a'],
    ['http://example.gov.uk:80/', 'http://example.gov.uk/'],
    ['https://example.gov.uk', 'https://example.gov.uk/'],
    ['https://example.gov.uk/a/?utm_source=x&b=2&a=1&gclid=9&fbclid=z', 'https://example.gov.uk/a?a=1&b=2'],
    ['https://example.gov.uk/a?utm_medium=email', 'https://example.gov.uk/a'],
    ['https://example.gov.uk/search?q=care%20records&flag', 'https://example.gov.uk/search?flag&q=care%20records'],
    ['https://example.gov.uk/a?x=2&x=1', 'https://example.gov.uk/a?x=2&x=1'],
    ['https://example.gov.uk/a//', 'https://example.gov.uk/a'],
    ['http://example.gov.uk/keep-scheme', 'http://example.gov.uk/keep-scheme'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normaliseUrl('https://www.example.gov.uk/x/?b=1&a=2#top');
    expect(normaliseUrl(once)).toBe(once);
  });

  it('tryNormaliseUrl drops non-web schemes and junk, and resolves relative links', () => {
    expect(tryNormaliseUrl('mailto:records@example.gov.uk')).toBeUndefined();
    expect(tryNormaliseUrl('tel:0123')).toBeUndefined();
    expect(tryNormaliseUrl('javascript:void(0)')).toBeUndefined();
    expect(tryNormaliseUrl('not a url')).toBeUndefined();
    expect(tryNormaliseUrl('../records/', 'https://example.gov.uk/care/leavers/')).toBe('https://example.gov.uk/care/records');
  });
});
