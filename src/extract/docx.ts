import { load } from 'cheerio';
import mammoth from 'mammoth';
import type { ExtractedDocument } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import type { DomNode } from './dom.js';
import { ExtractError } from './errors.js';
import { walkBlocks } from './html-blocks.js';
import { collectLinks } from './html-links.js';
import { documentFromBlocks, type DocMeta } from './meta.js';
import { declaredUncompressedBytes, inflatedSize, readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory.js';

export interface DocxLimits {
  /** all entries together, as really inflated (headers may lie) */
  maxUncompressedBytes?: number;
  /** any one XML part mammoth parses (word/document.xml above all): mammoth needs about 100 MB of memory per MB of XML */
  maxXmlPartBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
const DEFAULT_MAX_XML_PART = 4 * 1024 * 1024;
const MB = 1024 * 1024;
const CORE_XML_MAX = 256 * 1024;

function coreTitle(body: Buffer, entries: ReturnType<typeof readZipDirectory>): string {
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (!core) return '';
  const xml = readZipEntry(body, core, CORE_XML_MAX)?.toString('utf8') ?? '';
  const $ = load(xml, { xml: true });
  return normaliseWhitespace($('dc\\:title').first().text());
}

const shownMb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Check the real (inflated) sizes before mammoth sees the file: the headers' sizes first (cheap),
 * then each entry inflated and counted with a hard cap, so a lying header cannot get through.
 */
async function checkSizes(body: Buffer, entries: ZipEntry[], max: number, maxXml: number): Promise<void> {
  const declared = declaredUncompressedBytes(entries);
  if (declared > max) throw new ExtractError('too-large', `DOCX would expand to ${declared} bytes (limit ${max})`);
  let total = 0;
  for (const entry of entries) {
    const isXml = /^word\/.*\.xml$/i.test(entry.name);
    const cap = isXml ? Math.min(maxXml, max - total) : max - total;
    const size = await inflatedSize(body, entry, cap);
    if (size > cap) {
      if (isXml && cap === maxXml) {
        throw new ExtractError('too-large', `DOCX text part ${entry.name} is more than ${shownMb(maxXml)} of XML: too large to read safely`);
      }
      throw new ExtractError('too-large', `DOCX really expands to more than ${max} bytes (limit ${max}; its headers declared ${declared})`);
    }
    total += size;
  }
}

// Images are never read: their bytes would only become data: URIs we throw away.
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Word .docx -> blocks via mammoth's HTML, location "paragraph N". Real sizes checked before parsing. */
export async function extractDocx(body: Buffer, meta: DocMeta, limits: DocxLimits = {}): Promise<ExtractedDocument> {
  const max = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const entries = readZipDirectory(body);
  await checkSizes(body, entries, max, limits.maxXmlPartBytes ?? DEFAULT_MAX_XML_PART);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: body }, { convertImage: skipImages })).value;
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
