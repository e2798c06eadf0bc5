import { tokenise, type Token } from './text-analysis.js';

/** A term compiled into stem segments; "*" in a term allows a gap of up to MAX_GAP words. */
export interface CompiledTerm {
  source: string;
  segments: string[][];
  /** the term itself carries a negation ("do not need a reason"), so a negation cue is part of it */
  negated: boolean;
}

export interface Concept {
  id: string;
  description?: string;
  terms: CompiledTerm[];
}

export type Lexicon = Map<string, Concept>;

export interface ConceptHit {
  concept: string;
  term: string;
  first: number; // index of the first token matched
  last: number; // index of the last token matched
}

const MAX_GAP = 3;
const NEGATION_WINDOW = 3;
const NEGATION_STEMS = new Set(['not', 'no', 'never', 'cannot', 'dont', 'doesnt', 'wont', 'cant', 'neither', 'nor', 'without', 'unabl']);

export function compileTerm(source: string): CompiledTerm {
  const segments = source
    .split(/\s\*\s/)
    .map((part) => (/^@(email|url|phone)$/.test(part.trim()) ? [part.trim()] : tokenise(part).map((t) => t.stem)))
    .filter((s) => s.length > 0);
  const negated = segments.some((s) => s.some((stem) => NEGATION_STEMS.has(stem)));
  return { source, segments, negated };
}

export function compileConcept(id: string, terms: string[], description?: string): Concept {
  return { id, description, terms: terms.map(compileTerm).filter((t) => t.segments.length > 0) };
}

function matchSegmentAt(tokens: readonly Token[], seg: string[], at: number): boolean {
  if (at + seg.length > tokens.length) return false;
  for (let k = 0; k < seg.length; k++) if (tokens[at + k]!.stem !== seg[k]) return false;
  return true;
}

/** Where a term occurs in a token list: [first, last] token indices of each occurrence, from the given start candidates. */
function matchTerm(tokens: readonly Token[], term: CompiledTerm, starts?: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  const [head, ...rest] = term.segments;
  if (!head) return out;
  const tryAt = (i: number): void => {
    if (!matchSegmentAt(tokens, head, i)) return;
    let end = i + head.length; // exclusive
    for (const seg of rest) {
      let found = -1;
      for (let g = 0; g <= MAX_GAP && found < 0; g++) if (matchSegmentAt(tokens, seg, end + g)) found = end + g;
      if (found < 0) return;
      end = found + seg.length;
    }
    out.push([i, end - 1]);
  };
  if (starts) for (const i of starts) tryAt(i);
  else for (let i = 0; i < tokens.length; i++) tryAt(i);
  return out;
}

/**
 * A token list indexed by stem, for texts asked about many concepts (a whole document's body in
 * the classifier). Answers exactly as `findConcept` over the same tokens does.
 */
export class TokenIndex {
  private readonly starts = new Map<string, number[]>();

  constructor(readonly tokens: readonly Token[]) {
    tokens.forEach((t, i) => {
      const list = this.starts.get(t.stem);
      if (list) list.push(i);
      else this.starts.set(t.stem, [i]);
    });
  }

  /** Occurrences of one compiled term (no negation test). */
  occurrences(term: CompiledTerm): [number, number][] {
    const first = term.segments[0]?.[0];
    return first === undefined ? [] : matchTerm(this.tokens, term, this.starts.get(first) ?? []);
  }
}

function isNegated(tokens: readonly Token[], first: number): boolean {
  for (let k = Math.max(0, first - NEGATION_WINDOW); k < first; k++) if (NEGATION_STEMS.has(tokens[k]!.stem)) return true;
  return false;
}

/** Every occurrence of a concept in a token list, ignoring occurrences negated just before ("we do not hold records"). */
export function findConcept(tokens: readonly Token[] | TokenIndex, concept: Concept, opts: { negation: boolean } = { negation: true }): ConceptHit[] {
  const list = tokens instanceof TokenIndex ? tokens.tokens : tokens;
  const hits: ConceptHit[] = [];
  for (const term of concept.terms) {
    const found = tokens instanceof TokenIndex ? tokens.occurrences(term) : matchTerm(list, term);
    for (const [first, last] of found) {
      if (opts.negation && !term.negated && isNegated(list, first)) continue;
      hits.push({ concept: concept.id, term: term.source, first, last });
    }
  }
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}
