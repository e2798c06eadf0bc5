import type { AnalysedDocument } from './analysed-document.js';
import { findConcept, type Concept } from './lexicon.js';

export interface JargonUse {
  /** the term as the lexicon lists it ("data controller") */
  term: string;
  blockIndex: number;
  quote: string;
}

export interface JargonConcepts {
  jargon: Concept;
  /** words that explain a term in the same or the next sentence ("called", "this means") */
  explanation?: Concept;
  /** a heading that starts an on-page glossary ("What the words mean") */
  glossary?: Concept;
}

// A bracket, dash or colon straight after a term is read as its explanation: "redaction (blacking out...)".
const EXPLAINED_AFTER = /^\s*[([\-–—:]/;

/**
 * Jargon terms whose first use is not explained (plain-language.md section 5): not in the same or
 * the next sentence, not by a bracket or dash straight after it, and there is no on-page glossary.
 * Synonyms that stem alike ("exempt", "exemption") count once.
 */
export function unexplainedJargon(doc: Pick<AnalysedDocument, 'sentences' | 'headings'>, c: JargonConcepts): JargonUse[] {
  if (c.glossary && doc.headings.some((h) => findConcept(h.tokens, c.glossary!).length > 0)) return [];
  const seen = new Set<string>();
  const out: JargonUse[] = [];
  doc.sentences.forEach((sentence, i) => {
    for (const hit of findConcept(sentence.tokens, c.jargon, { negation: false })) {
      const key = sentence.tokens.slice(hit.first, hit.last + 1).map((t) => t.stem).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const after = sentence.text.slice(sentence.tokens[hit.last]!.end);
      const next = doc.sentences[i + 1];
      const explained =
        EXPLAINED_AFTER.test(after) ||
        (c.explanation !== undefined && [sentence, next].some((s) => s !== undefined && findConcept(s.tokens, c.explanation!, { negation: false }).length > 0));
      if (!explained) out.push({ term: hit.term, blockIndex: sentence.blockIndex, quote: sentence.text });
    }
  });
  return out;
}
