import type { z } from 'zod';
import type { ConceptCountCheck } from '../schema.js';
import { anyConceptIn, conceptIn } from './concept-helpers.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ConceptCountCheck>;

/** At least `min` distinct concepts of the list occur in the document's body sentences. */
export function conceptCount({ doc, lexicon }: SignalInput, p: Params): CheckResult {
  const evidence: CheckEvidence[] = [];
  const quoted = new Set<string>();
  let found = 0;
  for (const id of p.concepts) {
    const s = doc.sentences.find((x) => conceptIn(x.tokens, id, lexicon) && !anyConceptIn(x.tokens, p.vetoes, lexicon));
    if (!s) continue;
    found++;
    const key = `${s.blockIndex}:${s.start}`;
    if (!quoted.has(key)) {
      quoted.add(key);
      evidence.push({ blockIndex: s.blockIndex, quote: s.text });
    }
  }
  return { passed: found >= p.min, evidence: evidence.slice(0, 4), detail: `${found} of ${p.concepts.length} topics` };
}
