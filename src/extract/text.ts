import type { ExtractedDocument, OutLink, TextBlock } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import { documentFromBlocks, type DocMeta } from './meta.js';

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+/;
const MD_LINK = /\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?]/g;

/** Plain-text form of a markdown line: link text kept, emphasis markers dropped. */
function stripInlineMarkdown(line: string): string {
  return line.replace(MD_LINK, '$1').replace(/(\*\*|__|`)/g, '').replace(/(^|\s)[*_]([^*_\s][^*_]*)[*_](?=\s|$|[.,;:!?])/g, '$1$2');
}

function collectTextLinks(source: string, pageUrl: string): OutLink[] {
  const links: OutLink[] = [];
  let lastHeading = '';
  for (const line of source.split(/\r?\n/)) {
    const h = MD_HEADING.exec(line);
    if (h) lastHeading = stripInlineMarkdown(h[2] ?? '');
    const seen = new Set<string>();
    for (const m of line.matchAll(MD_LINK)) {
      try {
        const url = new URL(m[2] ?? '', pageUrl).href;
        seen.add(url);
        links.push({ url, text: normaliseWhitespace(m[1] ?? ''), context: lastHeading });
      } catch {
        /* not a URL */
      }
    }
    for (const m of line.replace(MD_LINK, ' ').matchAll(BARE_URL)) {
      if (!seen.has(m[0])) links.push({ url: new URL(m[0]).href, text: m[0], context: lastHeading });
    }
  }
  return links;
}

/** .txt / .md: paragraphs split on blank lines, '#' headings become headings, list items their own blocks. */
export function extractText(text: string, meta: DocMeta): ExtractedDocument {
  const blocks: TextBlock[] = [];
  const headings: { level: number; text: string }[] = [];
  let current: string[] = [];

  const push = (raw: string, heading?: number): void => {
    const t = normaliseWhitespace(stripInlineMarkdown(raw));
    if (!t) return;
    const location = `paragraph ${blocks.length + 1}`;
    if (heading !== undefined) {
      while (headings.length && (headings[headings.length - 1]?.level ?? 0) >= heading) headings.pop();
      blocks.push({ text: t, location, headingPath: headings.map((x) => x.text), isHeading: true });
      headings.push({ level: heading, text: t });
    } else {
      blocks.push({ text: t, location, headingPath: headings.map((x) => x.text), isHeading: false });
    }
  };
  const close = (): void => {
    if (current.length) push(current.join(' '));
    current = [];
  };

  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const heading = MD_HEADING.exec(line);
    if (!line.trim()) close();
    else if (heading) {
      close();
      push(heading[2] ?? '', (heading[1] ?? '#').length);
    } else if (LIST_ITEM.test(line)) {
      close();
      current.push(line.replace(LIST_ITEM, ''));
    } else current.push(line);
  }
  close();

  const firstHeading = blocks.find((b) => b.isHeading)?.text;
  return documentFromBlocks(meta, 'text', blocks, { title: firstHeading ?? blocks[0]?.text.slice(0, 80) ?? '', links: collectTextLinks(text, meta.url) });
}
