import type { TextBlock } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import { HEADING_LEVEL, type DomNode, isElement, tagName } from './dom.js';

// Elements whose boundaries separate text: inline runs on either side never glue together.
const BLOCK_TAGS = new Set([
  'p', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'figcaption', 'caption', 'summary', 'pre', 'address',
  'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'ul', 'ol', 'dl', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'details', 'figure', 'form', 'fieldset', 'legend', 'hr', 'body', 'center', 'menu',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

// Never text for a reader.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'map',
  'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);

/**
 * 'css': "h2 'Your care records' > p:nth-of-type(2)" = the 2nd <p> block since that heading
 *        (a human, stable label rather than a strict CSS selector).
 * 'paragraph': "paragraph N" = the Nth block of the document (used for Word files).
 */
export type LocationStyle = 'css' | 'paragraph';

interface Heading {
  level: number;
  tag: string;
  text: string;
}

const MAX_HEADING_IN_LOCATION = 40;

function shortHeading(text: string): string {
  const t = text.length > MAX_HEADING_IN_LOCATION ? `${text.slice(0, MAX_HEADING_IN_LOCATION - 1).trimEnd()}…` : text;
  return t.replace(/'/g, '’');
}

/** Walk a (cleaned) subtree in document order and return one TextBlock per block element. */
export function walkBlocks(root: DomNode, style: LocationStyle): TextBlock[] {
  const blocks: TextBlock[] = [];
  const headings: Heading[] = [];
  let counters = new Map<string, number>();
  let buffer: string[] = [];

  const flush = (owner: string): void => {
    const text = normaliseWhitespace(buffer.join(''));
    buffer = [];
    if (!text) return;
    const level = HEADING_LEVEL[owner];
    if (level !== undefined) {
      while (headings.length && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      const headingPath = headings.map((h) => h.text);
      headings.push({ level, tag: owner, text });
      counters = new Map();
      const location = style === 'paragraph' ? `paragraph ${blocks.length + 1}` : `${owner} '${shortHeading(text)}'`;
      blocks.push({ text, location, headingPath, isHeading: true });
      return;
    }
    const n = (counters.get(owner) ?? 0) + 1;
    counters.set(owner, n);
    const last = headings[headings.length - 1];
    const prefix = last ? `${last.tag} '${shortHeading(last.text)}' > ` : '';
    const location = style === 'paragraph' ? `paragraph ${blocks.length + 1}` : `${prefix}${owner}:nth-of-type(${n})`;
    blocks.push({ text, location, headingPath: headings.map((h) => h.text), isHeading: false });
  };

  const visit = (node: DomNode, owner: string, inHeading: boolean): void => {
    if (node.type === 'text') {
      buffer.push(node.data ?? '');
      return;
    }
    if (!isElement(node)) return;
    const name = tagName(node);
    if (SKIP_TAGS.has(name)) return;
    if (name === 'br') {
      buffer.push(' ');
      return;
    }
    // Inside a heading everything is inline: the heading is one block.
    if (inHeading || !BLOCK_TAGS.has(name)) {
      for (const child of node.children ?? []) visit(child, owner, inHeading);
      return;
    }
    flush(owner);
    const isHeading = HEADING_LEVEL[name] !== undefined;
    for (const child of node.children ?? []) visit(child, name, isHeading);
    flush(name);
  };

  const rootName = isElement(root) ? tagName(root) : 'body';
  for (const child of root.children ?? []) visit(child, rootName, false);
  flush(rootName);
  return blocks;
}
