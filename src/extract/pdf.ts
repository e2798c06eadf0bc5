import { PDFParse } from 'pdf-parse';
import type { ExtractedDocument, TextBlock } from '../core/index.js';
import { normaliseWhitespace, trimQuote } from '../core/index.js';
import { withTimeBudget } from './budget.js';
import { ExtractError } from './errors.js';
import { documentFromBlocks, type DocMeta } from './meta.js';
import { paragraphsFromPageText } from './pdf-paragraphs.js';
import { checkPdfStreams } from './pdf-streams.js';

export interface PdfLimits {
  maxPages?: number;
  timeoutMs?: number;
  /** the Flate streams pdf.js would decode, inflated, all together */
  maxInflatedBytes?: number;
}

const DEFAULT_MAX_PAGES = 200;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_INFLATED = 128 * 1024 * 1024;
const TITLE_MAX_WORDS = 15;
// Word processors' placeholder titles are not titles.
const JUNK_TITLE = /^(untitled|document\d*|microsoft word - .*|slide \d+|\s*)$/i;

function cleanMetadataTitle(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const t = normaliseWhitespace(raw);
  return JUNK_TITLE.test(t) || /\.(docx?|pdf)$/i.test(t) ? '' : t;
}

async function parse(parser: PDFParse, maxPages: number): Promise<{ pages: { num: number; text: string }[]; title: string }> {
  const info = await parser.getInfo();
  const text = await parser.getText({ first: maxPages, pageJoiner: '' });
  const raw: unknown = info.info;
  const title = raw && typeof raw === 'object' && 'Title' in raw ? cleanMetadataTitle((raw as { Title: unknown }).Title) : '';
  return { pages: text.pages, title };
}

/** PDF -> one block per rebuilt paragraph, location "page N". Corrupt -> parse-error; slow -> timeout. */
export async function extractPdf(body: Buffer, meta: DocMeta, limits: PdfLimits = {}): Promise<ExtractedDocument> {
  const maxPages = limits.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await checkPdfStreams(body, limits.maxInflatedBytes ?? DEFAULT_MAX_INFLATED);
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(body) });
  let parsed: Awaited<ReturnType<typeof parse>>;
  try {
    parsed = await withTimeBudget(parse(parser, maxPages), timeoutMs, 'PDF parsing', () => void parser.destroy().catch(() => undefined));
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('parse-error', `unreadable PDF: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }

  const blocks: TextBlock[] = [];
  let lastHeading: string | undefined;
  for (const page of [...parsed.pages].sort((a, b) => a.num - b.num)) {
    for (const para of paragraphsFromPageText(page.text)) {
      const headingPath = lastHeading ? [lastHeading] : [];
      blocks.push({ text: para.text, location: `page ${page.num}`, headingPath, isHeading: para.looksLikeHeading });
      if (para.looksLikeHeading) lastHeading = para.text;
    }
  }
  // A scanned PDF has pages but no text layer: that is unreadable, not an empty document,
  // so the criteria it may hold evidence for become `error` rather than `not_met`.
  if (blocks.length === 0 && parsed.pages.length > 0) {
    throw new ExtractError('parse-error', `PDF has ${parsed.pages.length} page(s) but no text layer (a scanned image?); it could not be read`);
  }
  const first = blocks[0]?.text ?? '';
  const fallbackTitle = first.split(/\s+/).length <= TITLE_MAX_WORDS ? first : trimQuote(first, 80);
  return documentFromBlocks(meta, 'pdf', blocks, { title: parsed.title || fallbackTitle });
}
