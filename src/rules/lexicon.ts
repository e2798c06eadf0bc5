import { tokenise, type Token } from './text-analysis.js';

/** A term compiled into stem segments; "*" in a term allows a gap of up to MAX_GAP words. */
interface CompiledTerm {
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

function matchSegmentAt(tokens: Token[], seg: string[], at: number): boolean {
  if (at + seg.length > tokens.length) return false;
  for (let k = 0; k < seg.length; k++) if (tokens[at + k]!.stem !== seg[k]) return false;
  return true;
}

/** Where a term occurs in a token list: [first, last] token indices of each occurrence. */
function matchTerm(tokens: Token[], term: CompiledTerm): [number, number][] {
  const out: [number, number][] = [];
  const [head, ...rest] = term.segments;
  if (!head) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!matchSegmentAt(tokens, head, i)) continue;
    let end = i + head.length; // exclusive
    let ok = true;
    for (const seg of rest) {
      let found = -1;
      for (let g = 0; g <= MAX_GAP && found < 0; g++) if (matchSegmentAt(tokens, seg, end + g)) found = end + g;
      if (found < 0) {
        ok = false;
        break;
      }
      end = found + seg.length;
    }
    if (ok) out.push([i, end - 1]);
  }
  return out;
}

function isNegated(tokens: Token[], first: number): boolean {
  for (let k = Math.max(0, first - NEGATION_WINDOW); k < first; k++) if (NEGATION_STEMS.has(tokens[k]!.stem)) return true;
  return false;
}

/** Every occurrence of a concept in a token list, ignoring occurrences negated just before ("we do not hold records"). */
export function findConcept(tokens: Token[], concept: Concept, opts: { negation: boolean } = { negation: true }): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const term of concept.terms) {
    for (const [first, last] of matchTerm(tokens, term)) {
      if (opts.negation && !term.negated && isNegated(tokens, first)) continue;
      hits.push({ concept: concept.id, term: term.source, first, last });
    }
  }
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}

export function hasConcept(tokens: Token[], concept: Concept): boolean {
  return findConcept(tokens, concept).length > 0;
}
