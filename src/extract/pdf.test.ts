import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfBytes } from '../../bench/lib/hostile-inputs.mjs';
import { describe, expect, it } from 'vitest';
import { ExtractError } from './errors.js';
import { extractPdf } from './pdf.js';

const meta = { url: 'https://www.example.gov.uk/docs/guide.pdf', contentHash: 'sha256:pdf', fetchedAt: '2025-03-01T10:00:00.000Z', fetchedWith: 'http' as const };

async function makePdf(pages: string[][], title?: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 16, size: 11, font }));
  }
  return Buffer.from(await doc.save());
}

const PAGE_ONE = [
  'Looking at your file',
  'People who spent part of their childhood with foster carers can ask to',
  'read what was written about them. We will go through the infor-',
  'mation with you if you would like that.',
  'Our team answers every letter.',
];
const PAGE_TWO = ['Timescales', 'We normally send the papers within one month of getting your', 'request and proof of who you are.'];

describe('extractPdf', () => {
  it('joins hard-wrapped lines per page and labels pages', async () => {
    const doc = await extractPdf(await makePdf([PAGE_ONE, PAGE_TWO]), meta);
    expect(doc.kind).toBe('pdf');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Looking at your file',
      'People who spent part of their childhood with foster carers can ask to read what was written about them. We will go through the information with you if you would like that.',
      'Our team answers every letter.',
      'Timescales',
      'We normally send the papers within one month of getting your request and proof of who you are.',
    ]);
    expect(doc.blocks.map((b) => b.location)).toEqual(['page 1', 'page 1', 'page 1', 'page 2', 'page 2']);
    expect(doc.blocks[3]).toMatchObject({ isHeading: true });
    expect(doc.blocks[4]?.headingPath).toEqual(['Timescales']);
    expect(doc.title).toBe('Looking at your file');
    expect(doc.wordCount).toBeGreaterThan(40);
  });

  it('prefers the metadata title and is deterministic', async () => {
    const bytes = await makePdf([PAGE_TWO], 'Care file guide');
    const a = await extractPdf(bytes, meta);
    const b = await extractPdf(bytes, meta);
    expect(a.title).toBe('Care file guide');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('stops at maxPages', async () => {
    const doc = await extractPdf(await makePdf([PAGE_ONE, PAGE_TWO]), meta, { maxPages: 1 });
    expect(doc.blocks.every((b) => b.location === 'page 1')).toBe(true);
  });

  it('turns a corrupt PDF into ExtractError parse-error', async () => {
    const err = await extractPdf(Buffer.from('%PDF-1.7\nthis is not really a pdf at all'), meta).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('parse-error');
  });
});

describe('scanned PDFs', () => {
  it('a PDF with pages but no text layer is a parse error, not an empty document', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const bytes = Buffer.from(await doc.save());
    const err = await extractPdf(bytes, meta).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('parse-error');
    expect((err as ExtractError).message).toMatch(/no text layer/);
  });

  it('refuses a PDF whose streams inflate past the limit, before pdf.js inflates them', async () => {
    const small = await extractPdf(pdfBytes(10 * 1024), meta, { maxInflatedBytes: 1024 * 1024 });
    expect(small.blocks[0]?.text).toBe('Access to records policy');
    // 2 MB of content stream in a file of a few KB: a small version of a 1.5 GiB bomb.
    const bomb = pdfBytes(2 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(20 * 1024);
    await expect(extractPdf(bomb, meta, { maxInflatedBytes: 1024 * 1024 })).rejects.toMatchObject({ kind: 'too-large' });
  });
});
