import { load } from 'cheerio';
import mammoth from 'mammoth';
import type { ExtractedDocument } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import type { DomNode } from './dom.js';
import { ExtractError } from './errors.js';
import { walkBlocks } from './html-blocks.js';
import { collectLinks } from './html-links.js';
import { documentFromBlocks, type DocMeta } from './meta.js';
import { declaredUncompressedBytes, readZipDirectory, readZipEntry } from './zip-directory.js';

export interface DocxLimits {
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
const CORE_XML_MAX = 256 * 1024;

function coreTitle(body: Buffer, entries: ReturnType<typeof readZipDirectory>): string {
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (!core) return '';
  const xml = readZipEntry(body, core, CORE_XML_MAX)?.toString('utf8') ?? '';
  const $ = load(xml, { xml: true });
  return normaliseWhitespace($('dc\\:title').first().text());
}

/** Word .docx -> blocks via mammoth's HTML, location "paragraph N". Size checked before parsing. */
export async function extractDocx(body: Buffer, meta: DocMeta, limits: DocxLimits = {}): Promise<ExtractedDocument> {
  const max = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const entries = readZipDirectory(body);
  const declared = declaredUncompressedBytes(entries);
  if (declared > max) {
    throw new ExtractError('too-large', `DOCX would expand to ${declared} bytes (limit ${max})`);
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: body })).value;
  } catch (err) {
    throw new ExtractError('parse-error', `unreadable DOCX: ${err instanceof Error ? err.message : String(err)}`);
  }
  const $ = load(html);
  const blocks = walkBlocks($('body').get(0) as unknown as DomNode, 'paragraph');
  const firstHeading = blocks.find((b) => b.isHeading)?.text ?? '';
  return documentFromBlocks(meta, 'docx', blocks, {
    title: firstHeading || coreTitle(body, entries) || (blocks[0]?.text.slice(0, 80) ?? ''),
    links: collectLinks($.root().get(0) as unknown as DomNode, meta.url),
  });
}
