// Hostile inputs written by our own code (never downloaded): zip/DOCX bombs with honest or lying
// headers, PDFs whose streams inflate far beyond their size, gzip sitemaps, deep or wide HTML,
// wildcard robots.txt. Used by bench/hostile.mjs (big sizes) and by tests (small sizes).
import { crc32, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

/**
 * A zip file from entries. `declaredSize` overrides the uncompressed size written in both
 * headers (a lying zip); data is deflated unless `stored`.
 * @param {{ name: string, data: Buffer, stored?: boolean, declaredSize?: number }[]} entries
 * @returns {Buffer}
 */
export function zipBytes(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.stored ? e.data : deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** document.xml of about `bytes` bytes: paragraphs of ordinary words. */
export function documentXml(bytes, sentence = 'You can ask to see the records we hold about your time in care.') {
  const para = `<w:p><w:r><w:t>${sentence}</w:t></w:r></w:p>`;
  const count = Math.max(1, Math.ceil(bytes / para.length));
  // Buffer.alloc with a fill pattern: no string length limit, so 1 GiB and more work.
  return Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`),
    Buffer.alloc(count * Buffer.byteLength(para), para),
    Buffer.from('</w:body></w:document>'),
  ]);
}

/**
 * A .docx whose document.xml is `xmlBytes` long. `lieAbout`: the declared size of document.xml
 * (e.g. 1000 while it really inflates to 1 GiB).
 */
export function docxBytes(xmlBytes, opts = {}) {
  return zipBytes([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: documentXml(xmlBytes, opts.sentence), declaredSize: opts.declaredSize },
  ]);
}

/**
 * A PDF of one page whose content stream is `inflatedBytes` of text-drawing operators (or spaces
 * when `padding`), Flate-compressed: a small file that pdf.js must inflate in full.
 */
export function pdfBytes(inflatedBytes, text = 'Access to records policy', { filter = 'flate' } = {}) {
  const show = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`;
  const content = () => Buffer.concat([Buffer.from(show), Buffer.alloc(Math.max(0, inflatedBytes - show.length), 0x20)]);
  const packed = filter === 'lzw' ? lzwEncode(Buffer.from(show), Math.max(0, inflatedBytes - show.length)) : deflateSync(content(), { level: 9 });
  const filterName = filter === 'lzw' ? '/LZWDecode' : '/FlateDecode';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets = [];
  let at = parts[0].length;
  objs.forEach((o, i) => {
    offsets.push(at);
    const body =
      o === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${packed.length} /Filter ${filterName} >>\nstream\n`), packed, Buffer.from('\nendstream\nendobj\n')])
        : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`);
    parts.push(body);
    at += body.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A gzipped urlset that inflates to about `bytes` (mostly whitespace after a few URLs). */
export function gzipSitemap(bytes, origin) {
  const head = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/a</loc></url>`;
  const tail = '</urlset>';
  return gzipSync(Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, bytes - head.length - tail.length), 0x20), Buffer.from(tail)]), { level: 9 });
}

/** `depth` nested <div>s around one paragraph. */
export function nestedHtml(depth, tag = 'div') {
  return `<!doctype html><html><head><title>Deep</title></head><body><main><h1>Deep page</h1>${`<${tag}>`.repeat(depth)}<p>Your care records are kept for 75 years.</p>${`</${tag}>`.repeat(depth)}</main></body></html>`;
}

/** `count` inline elements in one paragraph (each a word). */
export function inlineHtml(count) {
  return `<!doctype html><html><head><title>Wide</title></head><body><main><h1>Wide page</h1><p>${'<span>word </span>'.repeat(count)}</p></main></body></html>`;
}

/** `count` links in a list. */
export function linksHtml(count) {
  const items = [];
  for (let i = 0; i < count; i++) items.push(`<li><a href="/p/${i}">Page ${i}</a></li>`);
  return `<!doctype html><html><head><title>Links</title></head><body><main><h1>Links</h1><ul>${items.join('')}</ul></main></body></html>`;
}

/** robots.txt of about `bytes` of wildcard rules that almost match `url`'s path. */
export function wildcardRobots(bytes) {
  const rule = `Disallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n`;
  return `User-agent: *\n${rule.repeat(Math.ceil(bytes / rule.length))}`;
}

/**
 * PDF LZWDecode (EarlyChange 1, MSB first): `head` encoded with a plain dictionary, then `spaces`
 * spaces written as runs whose codes stand for ever longer strings (the table-filling pattern that
 * makes LZW expand about 1,300 times), without building the spaces.
 */
export function lzwEncode(head, spaces = 0) {
  const codes = [256];
  let dict = new Map();
  let next = 258;
  const add = (key) => {
    if (next < 4096) dict.set(key, next++);
  };
  const emit = (w) => codes.push(w.length === 1 ? w.charCodeAt(0) : dict.get(w));
  let w = '';
  for (const byte of head) {
    const c = String.fromCharCode(byte);
    if (w === '' || dict.has(w + c)) {
      w += c;
      continue;
    }
    emit(w);
    add(w + c);
    w = c;
  }
  if (w) emit(w);
  // Runs of spaces: after a clear, 32 then 258, 259, ... (each one space longer), until the table is full.
  let left = spaces;
  while (left > 0) {
    codes.push(256, 32);
    left -= 1;
    dict = new Map();
    for (let code = 258, len = 2; code < 4095 && left >= len; code++, len++) {
      codes.push(code);
      left -= len;
    }
    if (left > 0 && left < 2) {
      codes.push(32);
      left -= 1;
    }
  }
  codes.push(257);
  return writeLzwCodes(codes);
}

/** Packs LZW codes with the decoder's code widths (9 to 12 bits, EarlyChange 1). */
function writeLzwCodes(codes) {
  const bytes = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  let next = 258;
  let first = true;
  for (const code of codes) {
    acc = (acc * 2 ** width + code) % 2 ** 32;
    bits += width;
    while (bits >= 8) {
      bytes.push(Math.floor(acc / 2 ** (bits - 8)) & 0xff);
      bits -= 8;
      acc %= 2 ** bits;
    }
    if (code === 256) {
      width = 9;
      next = 258;
      first = true;
      continue;
    }
    if (!first && next < 4096) {
      next++;
      if (next + 1 >= 2 ** width && width < 12) width++;
    }
    first = false;
  }
  if (bits > 0) bytes.push((acc * 2 ** (8 - bits)) & 0xff);
  return Buffer.from(bytes);
}
