import type { z } from 'zod';
import type { ClaimCheck } from '../schema.js';
import { tokenise } from '../text-analysis.js';
import { anyConceptIn } from './concept-helpers.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ClaimCheck>;

// Words that show a sentence is about the past, not the current process (outdated-and-wrong-claims.md, guard 4).
// "formerly looked after" describes a person, not the law, so it is no history word.
const HISTORY = /\b(replaced|repealed|superseded|no longer|used to|(previously|formerly)(?! (looked|in care|accommodated|fostered))|(until|before|prior to) (25 )?may 2018|under the (old|previous) (law|act)|was abolished)\b/i;
const HISTORY_REACH = 120;

const compiled = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = compiled.get(p);
  if (!r) {
    r = new RegExp(p, 'giu');
    compiled.set(p, r);
  }
  return r;
}

/** Whether a pattern occurs at all (the shared global regex is left ready for matchAll). */
function matches(pattern: string, text: string): boolean {
  const r = regex(pattern);
  r.lastIndex = 0;
  const found = r.test(text);
  r.lastIndex = 0;
  return found;
}

/** A claim pattern in a paragraph that has the right context, no veto, and no history words nearby. */
export function claim({ doc, lexicon }: SignalInput, p: Params): CheckResult {
  const evidence: CheckEvidence[] = [];
  doc.doc.blocks.forEach((block, blockIndex) => {
    if (block.isHeading) return;
    // The patterns are cheap; tokenise only the paragraphs where one matches.
    if (!p.patterns.some((pattern) => matches(pattern, block.text))) return;
    const blockTokens = tokenise(block.text);
    const context = [...blockTokens, ...tokenise(block.headingPath.join(' ')), ...doc.titleTokens];
    if (p.context.length && !anyConceptIn(context, p.context, lexicon)) return;
    if (anyConceptIn(blockTokens, p.vetoes, lexicon)) return;
    for (const pattern of p.patterns) {
      for (const m of block.text.matchAll(regex(pattern))) {
        const around = block.text.slice(Math.max(0, m.index - HISTORY_REACH), m.index + m[0].length + HISTORY_REACH);
        if (p.historyGuard && HISTORY.test(around)) continue;
        const sentence = doc.sentences.find((s) => s.blockIndex === blockIndex && s.start <= m.index && s.end >= m.index + m[0].length);
        const quote = sentence?.text ?? m[0];
        if (!evidence.some((e) => e.blockIndex === blockIndex && e.quote === quote)) evidence.push({ blockIndex, quote });
      }
    }
  });
  return { passed: evidence.length > 0, evidence: evidence.slice(0, 3) };
}
