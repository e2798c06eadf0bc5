import type { ClassifiedDocument, TextBlock } from '../core/index.js';
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
    const isLinkLabel = linkLabels.has(block.text.toLowerCase());
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
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
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
    links: [],
    breadcrumb: [],
    looksScriptBuilt: false,
    classification: { topic: 'other', docType: 'other', confidence: 0, reasons: ['example text'] },
  };
}
