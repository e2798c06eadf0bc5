import { decodeBuffer } from 'encoding-sniffer';
import type { ExtractedDocument, FetchedResource } from '../core/index.js';
import { extractHtml } from './html.js';
import type { DocMeta } from './meta.js';
import { extractText } from './text.js';

function charsetFromContentType(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

/**
 * Decode HTML bytes as browsers do (WHATWG encoding sniffing, encoding-sniffer): a BOM, then the
 * Content-Type charset, then a <meta charset> or http-equiv in the first 1024 bytes, else UTF-8.
 * Web labels mean what browsers take them to mean (latin1 and iso-8859-1 are windows-1252).
 */
export function decodeHtml(body: Buffer, contentType: string): string {
  const transportLayerEncodingLabel = charsetFromContentType(contentType);
  return decodeBuffer(body, { defaultEncoding: 'utf-8', ...(transportLayerEncodingLabel ? { transportLayerEncodingLabel } : {}) });
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
