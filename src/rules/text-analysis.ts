import { stemmer } from 'stemmer';

/** One word of a sentence: its stem (for matching) and where it sits in the sentence text. */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  /** offsets of the sentence within the text it was split from */
  start: number;
  end: number;
}

/** Present forms of "look after" (caring now), which stem like "looked after" (in care). */
const PRESENT_LOOK = new Set(['look', 'looks', 'looking']);
/** The stem a present "look" before "after" gets, so "looking after you" is not "looked after". */
const PRESENT_CARING_STEM = 'look-now';

const WORD = /[\p{L}\p{N}£]+(?:['’][\p{L}]+)*/gu;

/** Normalise one word before stemming: lowercase, drop possessive 's, join contractions, -ize -> -ise. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  w = w.replace(/'s$/, '').replace(/'/g, '');
  // British and American spellings stem alike: organize/organise, recognize/recognise.
  w = w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1').replace(/yz(e|es|ed|ing)$/, 'ys$1');
  return w;
}

// Contractions become their full words, so "we're committed" matches "we are committed".
const CONTRACTIONS: Record<string, string> = {
  "we're": 'we are', "you're": 'you are', "they're": 'they are', "it's": 'it is', "that's": 'that is',
  "we'll": 'we will', "you'll": 'you will', "it'll": 'it will', "we've": 'we have', "you've": 'you have',
  "we'd": 'we would', "you'd": 'you would', "i'm": 'i am', "i'll": 'i will', "i've": 'i have',
  "don't": 'do not', "doesn't": 'does not', "didn't": 'did not', "can't": 'cannot', "won't": 'will not',
  "isn't": 'is not', "aren't": 'are not', "wasn't": 'was not', "weren't": 'were not', "haven't": 'have not',
  "hasn't": 'has not', "shouldn't": 'should not', "wouldn't": 'would not', "couldn't": 'could not', "mustn't": 'must not',
};

const stemCache = new Map<string, string>();
const rawStemCache = new Map<string, string>();
export function stemWord(word: string): string {
  const cached = rawStemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = stemOfNormalised(normaliseWord(word));
  if (rawStemCache.size < 100_000) rawStemCache.set(word, stem);
  return stem;
}

function stemOfNormalised(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    s = /^\d/.test(w) ? w : stemmer(w);
    stemCache.set(w, s);
  }
  return s;
}

// Contact details become one special token each, so "records@council.gov.uk" is a route, not the word "records".
const SPECIAL = /(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<url>https?:\/\/\S+|www\.\S+)|(?<phone>\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b)/g;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  const words = (end: number): void => {
    for (const m of text.slice(from, end).matchAll(WORD)) {
      const start = from + m.index;
      const expanded = CONTRACTIONS[m[0].toLowerCase().replace(/’/g, "'")];
      for (const w of expanded ? expanded.split(' ') : [m[0]]) tokens.push({ stem: stemWord(w), start, end: start + m[0].length });
    }
  };
  for (const m of text.matchAll(SPECIAL)) {
    words(m.index);
    const kind = m.groups?.email ? '@email' : m.groups?.url ? '@url' : '@phone';
    tokens.push({ stem: kind, start: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  words(text.length);
  // "looking after you" (caring now) must not read as "looked after" (in care).
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.stem;
    if (next === 'after' && PRESENT_LOOK.has(text.slice(t.start, t.end).toLowerCase())) t.stem = PRESENT_CARING_STEM;
  });
  return tokens;
}

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/** Split a block into sentences with Intl.Segmenter; each keeps its own tokens. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const t = seg.segment.trim();
    if (t) out.push({ text: t, tokens: tokenise(t), start: seg.index + lead, end: seg.index + lead + t.length });
  }
  return out;
}

// Words as readability counts them: letters with inner apostrophes, or a number with its decimals
// ("3.5" is one word, read as one syllable).
const READING_WORD = /[\p{L}]+(?:['’][\p{L}]+)*|\d+(?:[.,]\d+)*/gu;

/** The words of a sentence for reading-ease measures (not for matching: no stems, no contractions). */
export function readingWords(text: string): string[] {
  return text.match(READING_WORD) ?? [];
}
