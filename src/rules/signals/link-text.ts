import type { z } from 'zod';
import type { LinkTextCheck } from '../schema.js';
import { tokenise } from '../text-analysis.js';
import { anyConceptIn, conceptIn } from './concept-helpers.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof LinkTextCheck>;

/** A link in the document's main text whose anchor holds every concept (quoted from the block that shows it). */
export function linkText({ doc, lexicon }: SignalInput, p: Params): CheckResult {
  const evidence: CheckEvidence[] = [];
  for (const link of doc.doc.links) {
    const anchor = link.text.trim();
    if (!anchor || !p.concepts.every((id) => conceptIn(tokenise(anchor), id, lexicon))) continue;
    const blockIndex = doc.doc.blocks.findIndex((b) => b.text.includes(anchor));
    if (blockIndex < 0) continue; // navigation or footer link: not part of what the page says
    const sentence = doc.sentences.find((s) => s.blockIndex === blockIndex && s.text.includes(anchor));
    if (sentence && anyConceptIn(sentence.tokens, p.vetoes, lexicon)) continue;
    // the paragraph around the link says what it is for ("Not happy? [Comments and complaints]")
    if (p.paragraphVetoes.length && doc.sentences.some((s) => s.blockIndex === blockIndex && anyConceptIn(s.tokens, p.paragraphVetoes, lexicon))) continue;
    evidence.push({ blockIndex, quote: sentence?.text ?? anchor });
  }
  return { passed: evidence.length > 0, evidence: evidence.slice(0, 3) };
}
