import type { ClassifiedDocument, OutLink, TextBlock } from '../core/index.js';
import { splitSentences, tokenise, type Sentence, type Token } from './text-analysis.js';

export interface AnalysedSentence extends Sentence {
  blockIndex: number;
  /** the whole block is the text of a link ("Access to records policy (PDF)"): a label, not a statement */
  isLinkLabel: boolean;
}

/** Consecutive body blocks under the same headings: the unit a proximity window moves within. */
export interface Section {
  headingPath: string[];
  headingTokens: Token[];
  sentences: AnalysedSentence[];
}

/** A document split once into sentences and tokens, shared by every rule that reads it. */
export interface AnalysedDocument {
  doc: ClassifiedDocument;
  titleTokens: Token[];
  sections: Section[];
  /** every body sentence in reading order */
  sentences: AnalysedSentence[];
  /** every heading block's tokens with its index */
  headings: { blockIndex: number; tokens: Token[] }[];
}

function sameHeadings(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

// Words that join a list of links without saying anything themselves.
const LINK_LIST_GLUE = /\b(see|read|also|our|and|or|the|a|more|on|about)\b/g;

/** A block that is one link's text, or a list of link texts ("See our policy, statistics and complaints."). */
function isMadeOfLinks(text: string, labels: Set<string>): boolean {
  let rest = text.toLowerCase();
  if (labels.has(rest)) return true;
  let removed = false;
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    if (label.length >= 3 && rest.includes(label)) {
      rest = rest.split(label).join(' ');
      removed = true;
    }
  }
  return removed && /^[\s,;:.|/()&-]*$/.test(rest.replace(LINK_LIST_GLUE, ' '));
}

export function analyseDocument(doc: ClassifiedDocument): AnalysedDocument {
  const sections: Section[] = [];
  const headings: AnalysedDocument['headings'] = [];
  const linkLabels = new Set(doc.links.map((l) => l.text.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean));
  doc.blocks.forEach((block: TextBlock, blockIndex) => {
    if (block.isHeading) {
      headings.push({ blockIndex, tokens: tokenise(block.text) });
      return;
    }
    let section = sections.at(-1);
    if (!section || !sameHeadings(section.headingPath, block.headingPath)) {
      section = { headingPath: block.headingPath, headingTokens: tokenise(block.headingPath.join(' . ')), sentences: [] };
      sections.push(section);
    }
    const isLinkLabel = isMadeOfLinks(block.text, linkLabels);
    for (const s of splitSentences(block.text)) section.sentences.push({ ...s, blockIndex, isLinkLabel });
  });
  return {
    doc,
    titleTokens: tokenise(doc.title),
    sections,
    sentences: sections.flatMap((s) => s.sentences),
    headings,
  };
}

/**
 * Build a one-off document from example text for `rules test`: paragraphs split on blank lines,
 * a paragraph starting with "# " is a heading (the first one is also the title).
 */
export function documentFromText(text: string): ClassifiedDocument {
  const links: OutLink[] = [];
  // Markdown links [text](url) become the text plus a link, so link-text checks can be tested.
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => {
          links.push({ url, text: label, context: '' });
          return label;
        })
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const blocks: TextBlock[] = [];
  let headingPath: string[] = [];
  for (const p of paragraphs) {
    const heading = /^#+\s+(.*)$/.exec(p);
    if (heading) {
      blocks.push({ text: heading[1]!, location: `heading ${blocks.length + 1}`, headingPath, isHeading: true });
      headingPath = [heading[1]!];
    } else {
      blocks.push({ text: p, location: `paragraph ${blocks.length + 1}`, headingPath, isHeading: false });
    }
  }
  const title = blocks.find((b) => b.isHeading)?.text ?? 'Example';
  return {
    url: 'example:text',
    title,
    kind: 'text',
    contentHash: '',
    fetchedAt: '',
    fetchedWith: 'file',
    blocks,
    text: blocks.map((b) => b.text).join('\n\n'),
    wordCount: paragraphs.join(' ').split(/\s+/).length,
    links,
    breadcrumb: [],
    looksScriptBuilt: false,
    classification: { topic: 'other', docType: 'other', confidence: 0, reasons: ['example text'] },
  };
}
