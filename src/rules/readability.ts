import { syllable } from 'syllable';
import { readingWords } from './text-analysis.js';

export interface ReadabilityScores {
  words: number;
  sentences: number;
  averageSentence: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  longSentenceShare: number; // share of sentences over 25 words
}

/**
 * Flesch measures over sentences (each list item and heading-free block already split into sentences).
 * Numbers count as one-syllable words; headings are not counted (stated in rules/README.md).
 */
export function readabilityOf(sentences: string[]): ReadabilityScores {
  let words = 0;
  let syllables = 0;
  let long = 0;
  let counted = 0;
  for (const s of sentences) {
    const ws = readingWords(s);
    if (ws.length === 0) continue;
    counted++;
    words += ws.length;
    if (ws.length > 25) long++;
    for (const w of ws) syllables += /^\d/.test(w) ? 1 : Math.max(1, syllable(w));
  }
  const wps = counted ? words / counted : 0;
  const spw = words ? syllables / words : 0;
  return {
    words,
    sentences: counted,
    averageSentence: round(wps),
    fleschReadingEase: round(206.835 - 1.015 * wps - 84.6 * spw),
    fleschKincaidGrade: round(0.39 * wps + 11.8 * spw - 15.59),
    longSentenceShare: counted ? round(long / counted) : 0,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
