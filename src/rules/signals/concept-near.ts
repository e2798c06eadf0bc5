import type { z } from 'zod';
import type { ConceptNearCheck } from '../schema.js';
import type { AnalysedSentence } from '../analysed-document.js';
import { anyConceptIn, conceptIn, quotesFor } from './concept-helpers.js';
import { failed, type CheckEvidence, type CheckResult, type SignalInput } from './types.js';

type Params = z.infer<typeof ConceptNearCheck>;
const MAX_MATCHES = 3;

/** All `concepts` within `window` sentences of one section, with context, heading and document conditions. */
export function conceptNear({ doc, lexicon }: SignalInput, p: Params): CheckResult {
  const docHas = (id: string): boolean =>
    conceptIn(doc.titleTokens, id, lexicon) || doc.headings.some((h) => conceptIn(h.tokens, id, lexicon)) || doc.sentences.some((s) => conceptIn(s.tokens, id, lexicon));
  if (!p.inDocument.every(docHas)) return failed;
  if (!p.inTitle.every((id) => conceptIn(doc.titleTokens, id, lexicon))) return failed;
  if (p.notInTitle.some((id) => conceptIn(doc.titleTokens, id, lexicon))) return failed;

  const blockText = (i: number): string => doc.doc.blocks[i]!.text;
  const usable = (s: AnalysedSentence): boolean => !s.isLinkLabel && !anyConceptIn(s.tokens, p.vetoes, lexicon);
  // A framing question in the same paragraph ("Not happy? Use our comments form.") changes what the sentence offers.
  const paragraphVetoed = (blockIndex: number): boolean =>
    p.paragraphVetoes.length > 0 && doc.sentences.some((s) => s.blockIndex === blockIndex && anyConceptIn(s.tokens, p.paragraphVetoes, lexicon));
  const evidence: CheckEvidence[] = [];
  const seen = new Set<string>();

  for (const section of doc.sections) {
    if (!p.inHeading.every((id) => conceptIn(section.headingTokens, id, lexicon))) continue;
    const list = section.sentences;
    for (let i = 0; i < list.length && evidence.length < MAX_MATCHES; i++) {
      const window = list.slice(i, i + p.window).filter(usable);
      // Only windows that start with a sentence holding one of the concepts: keeps quotes tight.
      if (!window.length || window[0] !== list[i] || !p.concepts.some((id) => conceptIn(list[i]!.tokens, id, lexicon))) continue;
      if (paragraphVetoed(list[i]!.blockIndex)) continue;
      const holding = p.concepts.map((id) => window.find((s) => conceptIn(s.tokens, id, lexicon)));
      if (holding.some((s) => !s)) continue;
      // Context may sit anywhere in the same section, its headings or the document title
      // ("Were you in care? ... We want to help you see your records.").
      const contextOk = p.context.every(
        (id) => list.some((s) => conceptIn(s.tokens, id, lexicon)) || conceptIn(section.headingTokens, id, lexicon) || conceptIn(doc.titleTokens, id, lexicon),
      );
      if (!contextOk) continue;
      const used = [...new Set(holding as AnalysedSentence[])].sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
      for (const q of quotesFor(used, blockText)) {
        const key = `${q.blockIndex}:${q.quote}`;
        if (!seen.has(key)) {
          seen.add(key);
          evidence.push(q);
        }
      }
    }
  }
  return evidence.length ? { passed: true, evidence: evidence.slice(0, MAX_MATCHES) } : failed;
}
