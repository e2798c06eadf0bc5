import type { z } from 'zod';
import type { ClaimCheck } from '../schema.js';
import { tokenise } from '../text-analysis.js';
import { anyConceptIn } from './concept-helpers.js';
import { findAllMatches } from './pattern-runner.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ClaimCheck>;

// Words that show a sentence is about the past, not the current process (outdated-and-wrong-claims.md, guard 4).
// "formerly looked after" describes a person, not the law, so it is no history word.
// A dated past ("before 2018", "until March 2000") and a past-tense rule ("the limit was 40 days") are history too.
const HISTORY = /\b(replaced|repealed|superseded|no longer|used to|in the past|(previously|formerly)(?! (looked|in care|accommodated|fostered))|(until|before|prior to) ((\d{1,2} )?[a-z]+ )?(19\d\d|20[01]\d)|under the (old|previous|former) (law|act|rules?)|the (old|previous|former) (limit|fee|rule|law)|(limit|fee|rule|charge|deadline) (was|used)|was abolished)\b/i;
const HISTORY_REACH = 120;

/** A claim pattern in a paragraph that has the right context, no veto, and no history words nearby. */
export function claim({ doc, lexicon }: SignalInput, p: Params): CheckResult {
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
        if (p.historyGuard && HISTORY.test(around)) continue;
        const sentence = doc.sentences.find((s) => s.blockIndex === blockIndex && s.start <= index && s.end >= index + length);
        const quote = sentence?.text ?? block.text.slice(index, index + length);
        if (!evidence.some((e) => e.blockIndex === blockIndex && e.quote === quote)) evidence.push({ blockIndex, quote });
      }
    }
  });
  return { passed: evidence.length > 0, evidence: evidence.slice(0, 3) };
}
