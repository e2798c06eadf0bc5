// C6 for supplied letters and leaflets: words against the brief limit, sentence length, Flesch
// reading ease and Flesch-Kincaid grade, passive voice, unexplained jargon with plain alternatives,
// words to avoid, headings and lists, offers of other formats. Every figure names the sentences
// that drive it. Headings are not counted as sentences; each body block is split into sentences.
import { syllable } from 'syllable';
import type { ClassifiedDocument, DrivingSentence, PlainLanguageCheck } from '../core/index.js';
import { analyseDocument, readabilityOf } from '../rules/index.js';
import { unexplainedJargon } from '../rules/jargon.js';
import { compileConcept, findConcept, type Concept } from '../rules/lexicon.js';
import { readingWords } from '../rules/text-analysis.js';
import { share } from './figures.js';
import { AVOID, EXPLANATION, FORMATS, GLOSSARY_HEADINGS, NO_SELF_CHECK_WORDS, type SelfCheckWords } from './plain-words.js';

export const WORD_LIMIT = { letters: 350, leaflets: 1000 } as const;
export const MIN_WORDS_TO_SCORE = 100;
const LONG_SENTENCE = 25;

const jargonConcepts = new WeakMap<object, Concept>();
/** The pack's jargon as a concept, compiled once per pack. */
function jargonConceptOf(jargon: SelfCheckWords['jargon']): Concept {
  let c = jargonConcepts.get(jargon);
  if (!c) {
    c = compileConcept('selfcheck-jargon', Object.keys(jargon));
    jargonConcepts.set(jargon, c);
  }
  return c;
}
const avoidConcept = compileConcept('selfcheck-avoid', Object.keys(AVOID));
const explanation = compileConcept('selfcheck-explanation', EXPLANATION);
const glossary = compileConcept('selfcheck-glossary', GLOSSARY_HEADINGS);

// A form of "to be" (or "get") then a past participle: "are blacked out", "was sent", "is held".
const PASSIVE = /\b(am|is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+|not\s+)?(\w+ed|known|given|taken|sent|seen|held|kept|made|done|shown|written|told|found|paid|brought|chosen|withheld|hidden|met|read|sent|put|set|cut)\b/i;

export function isPassive(sentence: string): boolean {
  return PASSIVE.test(sentence);
}

function gradeOf(sentence: string): { words: number; grade: number } {
  const ws = readingWords(sentence);
  if (!ws.length) return { words: 0, grade: 0 };
  const syl = ws.reduce((n, w) => n + (/^\d/.test(w) ? 1 : Math.max(1, syllable(w))), 0);
  return { words: ws.length, grade: Math.round((0.39 * ws.length + 11.8 * (syl / ws.length) - 15.59) * 10) / 10 };
}

function verdictOf(grade: number, average: number, longShare: number): 'pass' | 'borderline' | 'fail' {
  if (grade > 9 || average > 25) return 'fail';
  if (grade > 6 || average > 18 || longShare > 0.1) return 'borderline';
  return 'pass';
}

/** `opts.words`: the pack's jargon (selfCheckWordsOf); without it no jargon is checked. */
export function plainLanguageCheck(doc: ClassifiedDocument, role: 'letters' | 'leaflets', opts: { nation?: string; words?: SelfCheckWords } = {}): PlainLanguageCheck {
  const words = opts.words ?? NO_SELF_CHECK_WORDS;
  const a = analyseDocument(doc);
  const sentences = a.sentences.filter((s) => readingWords(s.text).length > 0);
  const where = (blockIndex: number): string => doc.blocks[blockIndex]?.location ?? '';
  const r = readabilityOf(sentences.map((s) => s.text));
  const graded = sentences.map((s) => ({ s, ...gradeOf(s.text) }));
  const long = graded.filter((g) => g.words > LONG_SENTENCE);
  const passive = sentences.filter((s) => isPassive(s.text));
  const jargon = unexplainedJargon(a, { jargon: jargonConceptOf(words.jargon), explanation, glossary }).map((u) => ({ term: u.term, plain: words.jargon[u.term] ?? '', quote: u.quote, location: where(u.blockIndex) }));
  const avoid = sentences.flatMap((s) => findConcept(s.tokens, avoidConcept, { negation: false }).map((h) => ({ word: h.term, say: AVOID[h.term] ?? '', quote: s.text, location: where(s.blockIndex) })));
  const pages = doc.kind === 'pdf' ? Math.max(0, ...doc.blocks.map((b) => Number(/page (\d+)/.exec(b.location)?.[1] ?? 0))) || null : null;
  const listItems = doc.blocks.filter((b) => !b.isHeading && /(^|[\s>])(li|ol|ul)\b/.test(b.location)).length;
  const text = `${doc.title}\n${doc.text}`;
  const formats = FORMATS.filter(([, re]) => re.test(text)).map(([label]) => label);

  const drivers: DrivingSentence[] = [
    ...[...long].sort((x, y) => y.words - x.words).slice(0, 3).map((g) => ({ measure: 'sentence length' as const, quote: g.s.text, location: where(g.s.blockIndex), note: `${g.words} words` })),
    ...[...graded].filter((g) => g.words >= 6 && g.grade > 9).sort((x, y) => y.grade - x.grade).slice(0, 3).map((g) => ({ measure: 'reading grade' as const, quote: g.s.text, location: where(g.s.blockIndex), note: `grade ${g.grade} (${g.words} words)` })),
    ...passive.slice(0, 3).map((s) => ({ measure: 'passive voice' as const, quote: s.text, location: where(s.blockIndex), note: `"${PASSIVE.exec(s.text)![0]}"` })),
  ];

  const wordLimit = WORD_LIMIT[role];
  const verdict = r.words < MIN_WORDS_TO_SCORE ? 'too-short' : verdictOf(r.fleschKincaidGrade, r.averageSentence, r.longSentenceShare);
  const coreUnexplained = jargon.filter((j) => words.coreJargon.includes(j.term));
  const reasons: string[] = [];
  if (verdict === 'fail') reasons.push(`hard to read: Flesch-Kincaid grade ${r.fleschKincaidGrade}, average sentence ${r.averageSentence} words (targets: grade 6 or under, about 15 words)`);
  if (r.words > wordLimit) reasons.push(`${r.words} words: over the brief limit of about ${wordLimit} for a ${role === 'letters' ? 'letter' : 'leaflet'}`);
  if (coreUnexplained.length >= 3) reasons.push(`${coreUnexplained.length} core terms left unexplained (${coreUnexplained.map((j) => j.term).join(', ')})`);
  const notes: string[] = [];
  if (opts.nation === 'wales' && !formats.includes('Welsh')) notes.push('no offer of a Welsh version (expected in Wales)');
  if (!formats.length) notes.push('no offer of other formats (Easy Read, large print...)');
  return {
    url: doc.url,
    title: doc.title,
    role,
    verdict,
    level: reasons.length ? 'partial' : 'met',
    reasons: [...reasons, ...notes],
    words: r.words,
    wordLimit,
    pages,
    sentences: r.sentences,
    averageSentence: r.averageSentence,
    longSentences: long.length,
    fleschReadingEase: r.fleschReadingEase,
    fleschKincaidGrade: r.fleschKincaidGrade,
    passive: share(passive.length, sentences.length),
    jargon,
    avoid,
    headings: a.headings.length,
    listItems,
    formats,
    drivers,
  };
}

/** One sentence for a finding: the figures, then what keeps it from passing. */
export function describePlainLanguage(c: PlainLanguageCheck): string {
  const what = c.role === 'letters' ? 'Response letter' : 'Leaflet';
  const scored = c.verdict === 'too-short' ? `under ${MIN_WORDS_TO_SCORE} words, too short to score for reading ease` : `${c.verdict}: Flesch reading ease ${c.fleschReadingEase}, Flesch-Kincaid grade ${c.fleschKincaidGrade}, average sentence ${c.averageSentence} words, ${c.longSentences} over 25`;
  const jargon = c.jargon.length ? `unexplained: ${c.jargon.map((j) => `${j.term} (say "${j.plain}")`).join(', ')}` : 'no unexplained jargon';
  const parts = [
    `${what} "${c.title}": ${c.words} words (brief limit about ${c.wordLimit}${c.pages ? `; ${c.pages} pages` : ''}); ${scored}; passive ${c.passive.percent ?? 0}% of sentences; ${jargon}` +
      `${c.avoid.length ? `; words to avoid: ${c.avoid.map((w) => `${w.word} (say "${w.say}")`).join(', ')}` : ''}; ${c.headings} headings, ${c.listItems} list items; other formats: ${c.formats.length ? c.formats.join(', ') : 'none offered'}.`,
    c.reasons.length ? `${c.level === 'met' ? 'To improve' : 'Not yet plain enough'}: ${c.reasons.join('; ')}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
