// PDF content streams compressed with LZWDecode: pdf.js decodes them (the text is read), and
// their decoded size is counted against the same cap as Flate streams before pdf.js sees them,
// so an LZW stream decoding to GiBs is a recorded too-large problem.
import { describe, expect, it } from 'vitest';
import { lzwEncode, pdfBytes } from '../../bench/lib/hostile-inputs.mjs';
import { ExtractError } from '../../src/extract/errors.js';
import { extractPdf } from '../../src/extract/pdf.js';
import { countLzwDecoded } from '../../src/extract/pdf-streams.js';

const meta = { url: 'http://127.0.0.1/downloads/file/1', contentHash: 'sha256:x', fetchedAt: '2026-01-01T00:00:00Z', fetchedWith: 'http' as const };

describe('LZW-compressed PDF streams', () => {
  it('counts what an LZW stream decodes to without decoding it', () => {
    const text = Buffer.from('TOBEORNOTTOBEORTOBEORNOT#'.repeat(40));
    expect(countLzwDecoded(lzwEncode(text), 1e9)).toBe(text.length);
    expect(countLzwDecoded(lzwEncode(text, 5_000_000), 1e9)).toBe(text.length + 5_000_000);
    expect(countLzwDecoded(lzwEncode(text, 5_000_000), 1_000)).toBeLessThan(6_000); // stops soon after the cap
  });

  it('reads the text of a PDF whose content stream is LZW-compressed', async () => {
    const doc = await extractPdf(pdfBytes(2_000, 'Access to records policy', { filter: 'lzw' }), meta);
    expect(doc.text).toContain('Access to records policy');
  });

  it('refuses an LZW stream decoding past the cap as too-large', async () => {
    const bomb = pdfBytes(64 * 1024 * 1024, 'Access to records policy', { filter: 'lzw' });
    expect(bomb.length).toBeLessThan(200_000);
    const err = await extractPdf(bomb, meta, { maxInflatedBytes: 16 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('too-large');
  });
});
