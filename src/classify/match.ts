import { compileTerm, findConcept, tokenise, TokenIndex, type Concept, type CompiledTerm } from '../rules/index.js';

/** Result of looking for one concept in one text. */
export interface ConceptHits {
  total: number;
  /** phrase -> occurrences, only phrases found, in list order */
  byPhrase: Map<string, number>;
  /** token positions where any phrase starts */
  positions: number[];
}

const termCache = new Map<string, CompiledTerm>();

/**
 * One zone of a document (its body, headings, title or address words), tokenised once by the
 * shared text analysis and asked about many concepts. Phrases match stem by stem with no
 * negation test: the classifier weighs what a page is about, not what it says.
 */
export class Zone {
  private readonly index: TokenIndex;

  constructor(text: string) {
    this.index = new TokenIndex(tokenise(text));
  }

  positionsOf(phrase: string): number[] {
    let term = termCache.get(phrase);
    if (!term) termCache.set(phrase, (term = compileTerm(phrase)));
    return this.index.occurrences(term).map(([first]) => first);
  }

  find(c: Concept): ConceptHits {
    const hits = findConcept(this.index, c, { negation: false });
    const byTerm = new Map<string, number>();
    for (const h of hits) byTerm.set(h.term, (byTerm.get(h.term) ?? 0) + 1);
    // in the concept's own order, as it lists its phrases
    const byPhrase = new Map<string, number>();
    for (const t of c.terms) {
      const n = byTerm.get(t.source);
      if (n) byPhrase.set(t.source, n);
    }
    // Overlapping phrases ("care leaver" inside "care leaver offer") count once per position.
    const positions = [...new Set(hits.map((h) => h.first))].sort((a, b) => a - b);
    return { total: positions.length, byPhrase, positions };
  }
}

/** How many positions in `a` have a position of `b` within `window` tokens. */
export function nearCount(a: number[], b: number[], window: number): number {
  let n = 0;
  for (const p of a) if (b.some((q) => Math.abs(q - p) <= window)) n++;
  return n;
}

/** "'when you were in care' x2, 'care leaver'" for a reason line. */
export function describeHits(hits: ConceptHits, max = 4): string {
  return [...hits.byPhrase.entries()]
    .slice(0, max)
    .map(([p, n]) => (n > 1 ? `'${p}' x${n}` : `'${p}'`))
    .join(', ');
}
