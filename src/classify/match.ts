import { stemmer } from 'stemmer';
import { PRESENT_CARING_STEM, isPresentLookAfter } from '../core/index.js';
import type { Concept } from './concepts.js';

// US -ize forms become UK -ise before stemming so both spellings share a stem.
function ukSpelling(word: string): string {
  return word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
}

/** Lowercase stemmed word tokens; possessive 's dropped ("children's" -> "children"). */
export function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // "looking after you" (caring now) must not read as "looked after" (in care).
  return words.map((w, i) => (isPresentLookAfter(w, words[i + 1]) ? PRESENT_CARING_STEM : stemmer(ukSpelling(w))));
}

const phraseCache = new Map<string, string[]>();
function phraseTokens(phrase: string): string[] {
  let t = phraseCache.get(phrase);
  if (!t) {
    t = tokenize(phrase);
    phraseCache.set(phrase, t);
  }
  return t;
}

/** Result of looking for one concept in one text. */
export interface ConceptHits {
  total: number;
  /** phrase -> occurrences, only phrases found, in list order */
  byPhrase: Map<string, number>;
  /** token positions where any phrase starts */
  positions: number[];
}

/** A tokenised text that answers phrase queries quickly. */
export class TokenIndex {
  readonly tokens: string[];
  private readonly starts = new Map<string, number[]>();

  constructor(text: string) {
    this.tokens = tokenize(text);
    this.tokens.forEach((t, i) => {
      const list = this.starts.get(t);
      if (list) list.push(i);
      else this.starts.set(t, [i]);
    });
  }

  positionsOf(phrase: string): number[] {
    const words = phraseTokens(phrase);
    const first = words[0];
    if (first === undefined) return [];
    return (this.starts.get(first) ?? []).filter((i) => words.every((w, k) => this.tokens[i + k] === w));
  }

  find(concept: Concept): ConceptHits {
    const byPhrase = new Map<string, number>();
    const positions = new Set<number>();
    for (const phrase of concept.phrases) {
      const found = this.positionsOf(phrase);
      if (found.length) byPhrase.set(phrase, found.length);
      for (const p of found) positions.add(p);
    }
    // Overlapping phrases ("care leaver" inside "care leaver offer") count once per position.
    return { total: positions.size, byPhrase, positions: [...positions].sort((a, b) => a - b) };
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
