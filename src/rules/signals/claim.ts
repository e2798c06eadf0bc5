import type { z } from 'zod';
import type { ClaimCheck } from '../schema.js';
import { tokenise } from '../text-analysis.js';
import { anyConceptIn } from './concept-helpers.js';
import { HISTORY_REACH } from './history.js';
import { findAllMatches } from './pattern-runner.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ClaimCheck>;

/** A claim pattern in a paragraph that has the right context, no veto, and no history words nearby (history.ts, the pack's pattern). */
export function claim({ doc, lexicon, history }: SignalInput, p: Params): CheckResult {
  const evidence: CheckEvidence[] = [];
  // The patterns are user data: they run with a time budget (pattern-runner.ts), all blocks at once.
  const found = findAllMatches(p.patterns, doc.doc.blocks.map((b) => (b.isHeading ? '' : b.text)));
  doc.doc.blocks.forEach((block, blockIndex) => {
    if (block.isHeading) return;
    // Tokenise only the paragraphs where a pattern matches.
    if (!found.some((perBlock) => perBlock[blockIndex]!.length > 0)) return;
    const blockTokens = tokenise(block.text);
    const context = [...blockTokens, ...tokenise(block.headingPath.join(' ')), ...doc.titleTokens];
    if (p.context.length && !anyConceptIn(context, p.context, lexicon)) return;
    if (anyConceptIn(blockTokens, p.vetoes, lexicon)) return;
    for (const perBlock of found) {
      for (const [index, length] of perBlock[blockIndex]!) {
        const around = block.text.slice(Math.max(0, index - HISTORY_REACH), index + length + HISTORY_REACH);
        if (p.historyGuard && history.test(around)) continue;
        const sentence = doc.sentences.find((s) => s.blockIndex === blockIndex && s.start <= index && s.end >= index + length);
        const quote = sentence?.text ?? block.text.slice(index, index + length);
        if (!evidence.some((e) => e.blockIndex === blockIndex && e.quote === quote)) evidence.push({ blockIndex, quote });
      }
    }
  });
  return { passed: evidence.length > 0, evidence: evidence.slice(0, 3) };
}
