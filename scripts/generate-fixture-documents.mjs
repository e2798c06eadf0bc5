#!/usr/bin/env node
// Builds the PDF and DOCX files of the fixture sites from their text sources.
//
// Every fixtures/sites/<slug>/documents/*.json holds one document:
//   { "output": "site/docs/policy.pdf", "title": "...", "blocks": [ { "type": "heading" | "para" | "bullet", "text": "..." } ] }
// The output extension picks the format (.pdf, .docx; .aspx and other names are written as PDF).
// "broken": true writes a deliberately corrupt PDF (valid header, garbage body, truncated).
// Output is deterministic (fixed dates) so re-running does not churn git.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITES = path.join(ROOT, 'fixtures', 'sites');
const FIXED_DATE = new Date('2025-06-01T09:00:00Z');
const WRAP_AT = 90;

/** Greedy word wrap so PDFs contain real hard-wrapped lines. */
function wrap(text, width = WRAP_AT) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** WinAnsi (Helvetica) cannot encode curly quotes or dashes: fail loudly instead of writing a bad PDF. */
function checkWinAnsi(text, where) {
  const bad = text.match(/[^\x20-\x7e£]/);
  if (bad) throw new Error(`${where}: character ${JSON.stringify(bad[0])} cannot be drawn with Helvetica; use plain ASCII`);
}

async function buildPdf(doc, where) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setAuthor('atr-audit fixtures');
  pdf.setProducer('atr-audit generate-fixture-documents');
  pdf.setCreator('atr-audit generate-fixture-documents');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const body = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [pageW, pageH, margin] = [595, 842, 50];
  let page = pdf.addPage([pageW, pageH]);
  let y = pageH - margin;
  const draw = (text, font, size, indent = 0) => {
    if (y < margin + size) {
      page = pdf.addPage([pageW, pageH]);
      y = pageH - margin;
    }
    page.drawText(text, { x: margin + indent, y, size, font });
    y -= size * 1.45;
  };
  for (const block of doc.blocks) {
    checkWinAnsi(block.text, where);
    if (block.type === 'heading') {
      y -= 6;
      for (const line of wrap(block.text, 60)) draw(line, bold, 14);
    } else if (block.type === 'bullet') {
      wrap(block.text, WRAP_AT - 4).forEach((line, i) => draw(i === 0 ? `- ${line}` : line, body, 10, i === 0 ? 0 : 9));
    } else {
      for (const line of wrap(block.text)) draw(line, body, 10);
      y -= 4;
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** docx stamps core.xml and zip entries with "now"; pin the clock while packing. */
async function withFixedClock(fn) {
  const RealDate = globalThis.Date;
  const fixed = FIXED_DATE.getTime();
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [fixed]));
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

async function buildDocx(doc) {
  return withFixedClock(async () => {
    const children = doc.blocks.map((block) => {
      if (block.type === 'heading') return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
      if (block.type === 'bullet') return new Paragraph({ children: [new TextRun(block.text)], bullet: { level: 0 } });
      return new Paragraph({ children: [new TextRun(block.text)] });
    });
    const document = new Document({
      title: doc.title,
      creator: 'atr-audit fixtures',
      lastModifiedBy: 'atr-audit fixtures',
      revision: 1,
      sections: [{ children: [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }), ...children] }],
    });
    return Packer.toBuffer(document);
  });
}

/** A PDF that starts right and then falls apart: header, a bit of object syntax, garbage, no xref or trailer. */
function buildBrokenPdf(doc) {
  const head = `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Title (${doc.title}) >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Length 9999 >>\nstream\n`;
  // Deterministic garbage (a small LCG) rather than random bytes.
  const garbage = Buffer.alloc(2048);
  let seed = 42;
  for (let i = 0; i < garbage.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    garbage[i] = seed & 0xff;
  }
  return Buffer.concat([Buffer.from(head, 'latin1'), garbage, Buffer.from('\nendstr', 'latin1')]);
}

/** Every fixture folder that may hold documents/: the fixture sites and every corpus part.
 * Arguments (folders under fixtures/, e.g. `corpus/dev`) limit the run to those parents. */
function siteFolders(only) {
  const corpus = path.join(ROOT, 'fixtures', 'corpus');
  const parts = fs.existsSync(corpus) ? fs.readdirSync(corpus).sort().map((p) => path.join(corpus, p)) : [];
  const all = [SITES, ...parts];
  const parents = only.length ? only.map((p) => path.resolve(ROOT, 'fixtures', p)) : all;
  return parents
    .filter((p) => fs.existsSync(p) && fs.statSync(p).isDirectory())
    .flatMap((p) => fs.readdirSync(p).sort().map((slug) => path.join(p, slug)))
    .filter((dir) => fs.statSync(dir).isDirectory());
}

async function main() {
  let count = 0;
  for (const siteDir of siteFolders(process.argv.slice(2))) {
    const slug = path.relative(path.join(ROOT, 'fixtures'), siteDir);
    const docsDir = path.join(siteDir, 'documents');
    if (!fs.existsSync(docsDir)) continue;
    for (const name of fs.readdirSync(docsDir).filter((n) => n.endsWith('.json')).sort()) {
      const where = `${slug}/documents/${name}`;
      const doc = JSON.parse(fs.readFileSync(path.join(docsDir, name), 'utf8'));
      if (!doc.output || !doc.title || !Array.isArray(doc.blocks)) throw new Error(`${where}: needs output, title and blocks`);
      const out = path.join(siteDir, doc.output);
      if (!out.startsWith(path.join(siteDir, 'site') + path.sep)) throw new Error(`${where}: output must be inside site/`);
      let bytes;
      if (doc.broken) bytes = buildBrokenPdf(doc);
      else if (out.endsWith('.docx')) bytes = await buildDocx(doc);
      else bytes = await buildPdf(doc, where);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, bytes);
      count++;
      console.log(`wrote ${path.relative(ROOT, out)} (${bytes.length} bytes)`);
    }
  }
  console.log(`${count} document(s) generated`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
