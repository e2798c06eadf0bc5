import { TextDecoder } from 'node:util';
import type { ExtractedDocument, FetchedResource } from '../core/index.js';
import { extractHtml } from './html.js';
import type { DocMeta } from './meta.js';
import { extractText } from './text.js';

const SNIFF_BYTES = 1024;

function charsetFromContentType(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

function charsetFromMeta(body: Buffer): string | undefined {
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

// windows-1252's 0x80-0x9F (curly quotes, dashes, euro): some Node builds decode these bytes as
// control characters, so map them ourselves (latin1 and iso-8859-1 labels mean windows-1252 on the web).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'us-ascii', 'ascii', 'l1']);

function decodeWindows1252(body: Buffer): string {
  return body.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decoderFor(label: string | undefined): TextDecoder {
  if (label) {
    try {
      return new TextDecoder(label.toLowerCase());
    } catch {
      /* unknown label: fall through to utf-8 */
    }
  }
  return new TextDecoder('utf-8');
}

/** Decode HTML bytes: BOM, then the Content-Type charset, then <meta charset>, else utf-8. */
export function decodeHtml(body: Buffer, contentType: string): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body);
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body);
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body);
  const label = charsetFromContentType(contentType) ?? charsetFromMeta(body);
  if (label && WINDOWS_1252.has(label.toLowerCase())) return decodeWindows1252(body);
  return decoderFor(label).decode(body);
}

/** Dispatch on the resource kind; the document keeps the resource's final URL, hash and fetch time. */
export async function extractResource(resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> {
  const meta: DocMeta = {
    url: resource.finalUrl,
    contentHash: resource.contentHash,
    fetchedAt: resource.fetchedAt,
    fetchedWith: resource.fetchedWith,
  };
  switch (resource.kind) {
    case 'html':
      return extractHtml(decodeHtml(body, resource.contentType), meta);
    // Loaded on first use: pdf.js and mammoth are heavy, and most audits' worker reads HTML first.
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(body, meta);
    case 'docx':
      return (await import('./docx.js')).extractDocx(body, meta);
    case 'text':
      return extractText(decodeHtml(body, resource.contentType), meta);
  }
}
