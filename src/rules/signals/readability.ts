import type { z } from 'zod';
import type { ReadabilityCheck } from '../schema.js';
import { readabilityOf } from '../readability.js';
import type { CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof ReadabilityCheck>;

/** Passes unless the main text is too hard (grade, sentence length) or too long to be brief. Welsh text is not scored. */
export function readability({ doc }: SignalInput, p: Params): CheckResult {
  const first = doc.sentences[0];
  const evidence = first ? [{ blockIndex: first.blockIndex, quote: first.text }] : [];
  if (doc.doc.lang?.toLowerCase().startsWith('cy')) return { passed: true, evidence, detail: 'Welsh text: not scored' };
  const r = readabilityOf(doc.sentences.map((s) => s.text));
  if (r.words < p.minWords) return { passed: true, evidence, detail: `${r.words} words: too short to score` };
  const detail = `${r.words} words, Flesch-Kincaid grade ${r.fleschKincaidGrade}, reading ease ${r.fleschReadingEase}, average sentence ${r.averageSentence} words`;
  const passed = r.fleschKincaidGrade <= p.maxGrade && r.averageSentence <= p.maxAverageSentence && r.words <= p.maxWords;
  return { passed, evidence, detail };
}
