import type { DocKind } from '../core/index.js';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Decide what a fetched body is. Magic bytes win over Content-Type, because council sites often
 * serve PDFs as application/octet-stream from .aspx handlers, and error pages under .pdf URLs.
 * Returns undefined for anything that is not a document we can read (images, zips, xlsx...).
 */
export function sniffKind(contentType: string, body: Buffer): DocKind | undefined {
  if (isPdf(body)) return 'pdf';
  if (body.subarray(0, 4).equals(ZIP_MAGIC)) {
    // A .docx is a zip whose parts include word/document.xml; the part names are stored as plain text.
    return body.includes('word/document.xml') ? 'docx' : undefined;
  }
  if (body.subarray(0, 8).equals(OLE_MAGIC)) return undefined; // legacy .doc/.xls: not readable here
  if (looksLikeHtml(body)) return 'html';

  const type = mediaType(contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/x-markdown') return 'text';
  // Declared as a document but the bytes disagree: let the parser fail it as parse-error, honestly.
  if (type === 'application/pdf') return 'pdf';
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return undefined;
}

/** Types that are documents a council might publish but this version cannot read (worth a problem row). */
export function isUnsupportedDocument(contentType: string, body: Buffer): boolean {
  if (body.subarray(0, 8).equals(OLE_MAGIC)) return true;
  if (body.subarray(0, 5).toString('latin1') === '{\\rtf') return true;
  // An OpenDocument file is a zip whose first entry is "mimetype", stored uncompressed.
  if (body.subarray(0, 4).equals(ZIP_MAGIC) && body.subarray(0, 120).includes('application/vnd.oasis.opendocument.text')) return true;
  const type = mediaType(contentType);
  return (
    type === 'application/msword' ||
    type === 'application/rtf' ||
    type === 'text/rtf' ||
    type.startsWith('application/vnd.oasis.opendocument.text')
  );
}

export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function isPdf(body: Buffer): boolean {
  // The PDF header may follow a little junk (some generators prepend bytes); readers look in the first 1 KB.
  const at = body.subarray(0, 1024).indexOf('%PDF-');
  if (at < 0) return false;
  return at === 0 || !body.subarray(0, at).includes('<');
}

function looksLikeHtml(body: Buffer): boolean {
  const head = body
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  // A comment or XML prolog before the root element.
  return /^(<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/.test(head);
}
