import type { z } from 'zod';
import type { ConceptCountCheck } from '../schema.js';
import { anyConceptIn, conceptIn, sectionsHeadedBy } from './concept-helpers.js';
import type { Token } from '../text-analysis.js';
import type { AnalysedDocument, AnalysedSentence } from '../analysed-document.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ConceptCountCheck>;

/** The sentences and headings that count: the whole document, or only the sections under a heading holding one of `headedBy`. */
function countedParts(input: SignalInput, headedBy: string[]): Pick<AnalysedDocument, 'sentences' | 'headings'> {
  return headedBy.length === 0 ? input.doc : sectionsHeadedBy(input, headedBy);
}

/** Of `sentences`, those within `window` sentences (same section) of one holding a `near` concept. */
function nearSentences({ doc, lexicon }: SignalInput, sentences: AnalysedSentence[], near: string[], window: number): AnalysedSentence[] {
  const keep = new Set<AnalysedSentence>();
  for (const section of doc.sections) {
    const list = section.sentences;
    list.forEach((s, i) => {
      if (!anyConceptIn(s.tokens, near, lexicon)) return;
      for (let j = Math.max(0, i - window + 1); j < Math.min(list.length, i + window); j++) keep.add(list[j]!);
    });
  }
  return sentences.filter((s) => keep.has(s));
}

/** At least `min` distinct concepts of the list occur in the document's sentences or headings ("How long it takes"). */
export function conceptCount(input: SignalInput, p: Params): CheckResult {
  const { doc, lexicon } = input;
  const evidence: CheckEvidence[] = [];
  const quoted = new Set<string>();
  let found = 0;
  const parts = countedParts(input, p.inSectionHeaded);
  const sentences = p.near.length ? nearSentences(input, parts.sentences, p.near, p.nearWindow) : parts.sentences;
  const headings = p.near.length ? [] : parts.headings;
  for (const id of p.concepts) {
    const holds = (tokens: Token[]): boolean => conceptIn(tokens, id, lexicon) && !anyConceptIn(tokens, p.vetoes, lexicon);
    const s = sentences.find((x) => holds(x.tokens));
    const h = s ? undefined : headings.find((x) => holds(x.tokens));
    const hit = s ? { blockIndex: s.blockIndex, quote: s.text } : h ? { blockIndex: h.blockIndex, quote: doc.doc.blocks[h.blockIndex]!.text } : undefined;
    if (!hit) continue;
    found++;
    const key = `${hit.blockIndex}:${hit.quote}`;
    if (!quoted.has(key)) {
      quoted.add(key);
      evidence.push(hit);
    }
  }
  return { passed: found >= p.min, evidence: evidence.slice(0, 4), detail: `${found} of ${p.concepts.length} topics` };
}
