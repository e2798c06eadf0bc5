import type { z } from 'zod';
import type { ConceptCountCheck } from '../schema.js';
import { anyConceptIn, conceptIn } from './concept-helpers.js';
import type { Token } from '../text-analysis.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ConceptCountCheck>;

/** At least `min` distinct concepts of the list occur in the document's sentences or headings ("How long it takes"). */
export function conceptCount({ doc, lexicon }: SignalInput, p: Params): CheckResult {
  const evidence: CheckEvidence[] = [];
  const quoted = new Set<string>();
  let found = 0;
  for (const id of p.concepts) {
    const holds = (tokens: Token[]): boolean => conceptIn(tokens, id, lexicon) && !anyConceptIn(tokens, p.vetoes, lexicon);
    const s = doc.sentences.find((x) => holds(x.tokens));
    const h = s ? undefined : doc.headings.find((x) => holds(x.tokens));
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
