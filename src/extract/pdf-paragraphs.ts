import { normaliseWhitespace } from '../core/index.js';

/** One paragraph rebuilt from a PDF page's hard-wrapped lines. */
export interface PdfParagraph {
  text: string;
  /** a short stand-alone line without end punctuation: probably a heading */
  looksLikeHeading: boolean;
}

const BULLET = /^([•●▪■◦‣∙·*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;
const ENDS_SENTENCE = /[.!?:]["'’”)]?$/;
const STARTS_CAPITAL = /^["'‘“(]?[\p{Lu}\p{N}]/u;
const HEADING_MAX_WORDS = 10;
/** A line shorter than this share of the page's longest line did not wrap: it ended on purpose. */
const SHORT_LINE_RATIO = 0.6;

function isShortLine(line: string, longest: number): boolean {
  return line.length < longest * SHORT_LINE_RATIO;
}

function looksLikeHeadingLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= HEADING_MAX_WORDS && STARTS_CAPITAL.test(line) && !/[.,;:!?]$/.test(line) && !BULLET.test(line);
}

/**
 * Join a page's hard-wrapped lines into paragraphs. A new paragraph starts at a blank line,
 * at a bullet, or after a line that ends a sentence (. ! ? :) or stops short, when the next
 * line starts with a capital. "infor-\nmation" is de-hyphenated.
 */
export function paragraphsFromPageText(pageText: string): PdfParagraph[] {
  const lines = pageText.split(/\r?\n/).map((l) => normaliseWhitespace(l.replace(/\t/g, ' ')));
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  const paragraphs: PdfParagraph[] = [];
  let current: string[] = [];

  const close = (): void => {
    if (!current.length) return;
    let text = '';
    for (const line of current) {
      if (!text) text = line;
      else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
      else text = `${text} ${line}`;
    }
    text = normaliseWhitespace(text);
    if (text) paragraphs.push({ text, looksLikeHeading: current.length === 1 && looksLikeHeadingLine(text) });
    current = [];
  };

  for (const line of lines) {
    if (!line) {
      close();
      continue;
    }
    const prev = current[current.length - 1];
    if (prev !== undefined) {
      const nextStartsNew = STARTS_CAPITAL.test(line) || BULLET.test(line);
      const prevEnded = ENDS_SENTENCE.test(prev) || (isShortLine(prev, longest) && !/[,;-]$/.test(prev));
      if (BULLET.test(line) || (prevEnded && nextStartsNew)) close();
    }
    current.push(line);
  }
  close();
  return paragraphs;
}
