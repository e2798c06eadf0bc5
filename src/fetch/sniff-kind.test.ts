import { describe, expect, it } from 'vitest';
import { isUnsupportedDocument, sniffKind } from './sniff-kind.js';

const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const docxLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);
const xlsxLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml....')]);

describe('sniffKind', () => {
  it('trusts PDF magic bytes over an octet-stream Content-Type (e.g. a .aspx download handler)', () => {
    expect(sniffKind('application/octet-stream', pdfBytes)).toBe('pdf');
  });

  it('calls an HTML error page served under a .pdf name (and a pdf type) html', () => {
    const html = Buffer.from('<!DOCTYPE html><html><head><title>Not found</title></head><body></body></html>');
    expect(sniffKind('application/pdf', html)).toBe('html');
    expect(sniffKind('', Buffer.from('\uFEFF  <html lang="en"><body>x</body></html>'))).toBe('html');
  });

  it('recognises docx by the zip part name, and rejects other zips', () => {
    expect(sniffKind('application/octet-stream', docxLike)).toBe('docx');
    expect(sniffKind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsxLike)).toBeUndefined();
  });

  it('falls back to Content-Type for html fragments and plain text', () => {
    expect(sniffKind('text/html; charset=utf-8', Buffer.from('<p>fragment</p>'))).toBe('html');
    expect(sniffKind('text/plain', Buffer.from('just words'))).toBe('text');
  });

  it('says undefined for images and other non-documents', () => {
    expect(sniffKind('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(sniffKind('application/json', Buffer.from('{"a":1}'))).toBeUndefined();
  });

  it('flags legacy Word and RTF as unsupported documents', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniffKind('application/msword', ole)).toBeUndefined();
    expect(isUnsupportedDocument('application/octet-stream', ole)).toBe(true);
    expect(isUnsupportedDocument('image/png', Buffer.from([0x89]))).toBe(false);
  });
});
