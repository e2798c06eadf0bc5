import type { Token } from '../text-analysis.js';
import { findConcept, type Lexicon } from '../lexicon.js';
import type { AnalysedDocument, AnalysedSentence } from '../analysed-document.js';
import type { CheckEvidence, SignalInput } from './types.js';

// Many rules ask about the same sentence and concept; remember the answer per lexicon and token list.
const memo = new WeakMap<Lexicon, WeakMap<Token[], Map<string, boolean>>>();

export function conceptIn(tokens: Token[], id: string, lexicon: Lexicon): boolean {
  let byTokens = memo.get(lexicon);
  if (!byTokens) memo.set(lexicon, (byTokens = new WeakMap()));
  let answers = byTokens.get(tokens);
  if (!answers) byTokens.set(tokens, (answers = new Map()));
  let found = answers.get(id);
  if (found === undefined) {
    const concept = lexicon.get(id);
    found = concept ? findConcept(tokens, concept).length > 0 : false;
    answers.set(id, found);
  }
  return found;
}

export function anyConceptIn(tokens: Token[], ids: string[], lexicon: Lexicon): boolean {
  return ids.some((id) => conceptIn(tokens, id, lexicon));
}

/** Quotes for a run of sentences: one per block, from the first sentence's start to the last one's end. */
export function quotesFor(sentences: AnalysedSentence[], blockTexts: (i: number) => string): CheckEvidence[] {
  const byBlock = new Map<number, { start: number; end: number }>();
  for (const s of sentences) {
    const span = byBlock.get(s.blockIndex);
    byBlock.set(s.blockIndex, span ? { start: Math.min(span.start, s.start), end: Math.max(span.end, s.end) } : { start: s.start, end: s.end });
  }
  return [...byBlock.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([blockIndex, { start, end }]) => ({ blockIndex, quote: blockTexts(blockIndex).slice(start, end) }));
}

/** The sentences and headings of the sections under a heading holding one of `headedBy` ("Your records > How long"). */
export function sectionsHeadedBy({ doc, lexicon }: SignalInput, headedBy: string[]): Pick<AnalysedDocument, 'sentences' | 'headings'> {
  const headingTokens = new Map(doc.headings.map((h) => [doc.doc.blocks[h.blockIndex]!.text, h.tokens]));
  const sentences: AnalysedSentence[] = [];
  const headingTexts = new Set<string>();
  for (const section of doc.sections) {
    // The section's own headings from the first one that names the subject.
    const from = section.headingPath.findIndex((h) => anyConceptIn(headingTokens.get(h) ?? [], headedBy, lexicon));
    if (from < 0) continue;
    sentences.push(...section.sentences);
    for (const h of section.headingPath.slice(from)) headingTexts.add(h);
  }
  return { sentences, headings: doc.headings.filter((h) => headingTexts.has(doc.doc.blocks[h.blockIndex]!.text)) };
}
