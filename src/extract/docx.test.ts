import { docxBytes } from '../../bench/lib/hostile-inputs.mjs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocx } from './docx.js';
import { ExtractError } from './errors.js';
import { readZipDirectory } from './zip-directory.js';

const meta = { url: 'https://www.example.gov.uk/docs/procedure.docx', contentHash: 'sha256:docx', fetchedAt: '2025-03-01T10:00:00.000Z', fetchedWith: 'http' as const };

async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'Metadata title',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Handling requests for old care files', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'This note sets out how staff respond when an adult asks for the file from their childhood.' }),
          new Paragraph({ text: 'Checking identity', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Staff confirm who is asking before any papers are copied.' }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** Rewrite every central-directory "uncompressed size" to `size` (a lie a zip bomb would tell). */
function inflateDeclaredSizes(buf: Buffer, size: number): Buffer {
  const out = Buffer.from(buf);
  let at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = out.readUInt16LE(at + 10);
  at = out.readUInt32LE(at + 16);
  for (let i = 0; i < count; i++) {
    out.writeUInt32LE(size, at + 24);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

describe('extractDocx', () => {
  it('turns Word headings and paragraphs into blocks with paragraph locations', async () => {
    const doc = await extractDocx(await makeDocx(), meta);
    expect(doc.kind).toBe('docx');
    expect(doc.title).toBe('Handling requests for old care files');
    expect(doc.blocks).toEqual([
      { text: 'Handling requests for old care files', location: 'paragraph 1', headingPath: [], isHeading: true },
      {
        text: 'This note sets out how staff respond when an adult asks for the file from their childhood.',
        location: 'paragraph 2',
        headingPath: ['Handling requests for old care files'],
        isHeading: false,
      },
      { text: 'Checking identity', location: 'paragraph 3', headingPath: ['Handling requests for old care files'], isHeading: true },
      {
        text: 'Staff confirm who is asking before any papers are copied.',
        location: 'paragraph 4',
        headingPath: ['Handling requests for old care files', 'Checking identity'],
        isHeading: false,
      },
    ]);
  });

  it('refuses a zip whose declared uncompressed size is over the limit, before parsing', async () => {
    const real = await makeDocx();
    const err = await extractDocx(real, meta, { maxUncompressedBytes: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('too-large');

    const bomb = inflateDeclaredSizes(real, 0x7fffffff);
    expect(readZipDirectory(bomb).every((e) => e.uncompressedSize === 0x7fffffff)).toBe(true);
    await expect(extractDocx(bomb, meta)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('turns bytes that are not a zip into parse-error', async () => {
    await expect(extractDocx(Buffer.from('plain words, not a Word file'), meta)).rejects.toMatchObject({ kind: 'parse-error' });
  });

  it('measures the real size of each entry: a header that lies about a big document.xml does not get it through', async () => {
    // 300 KB of XML that declares 1 KB: the declared sizes pass, the inflated ones do not.
    const liar = docxBytes(300 * 1024, { declaredSize: 1024 });
    await expect(extractDocx(liar, meta, { maxUncompressedBytes: 100 * 1024 })).rejects.toMatchObject({ kind: 'too-large', message: /really expands/ });
  });

  it('refuses an honest document.xml over the XML part limit (mammoth needs ~100x its size in memory)', async () => {
    const big = docxBytes(200 * 1024);
    await expect(extractDocx(big, meta, { maxXmlPartBytes: 100 * 1024 })).rejects.toMatchObject({ kind: 'too-large', message: /word\/document\.xml is more than/ });
    const doc = await extractDocx(big, meta, { maxXmlPartBytes: 300 * 1024 });
    expect(doc.blocks[0]?.text).toContain('records we hold');
  });
});
