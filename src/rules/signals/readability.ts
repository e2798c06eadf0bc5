import type { z } from 'zod';
import type { ReadabilityCheck } from '../schema.js';
import { readabilityOf } from '../readability.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';
import { unexplainedJargon } from '../jargon.js';
import type { AnalysedDocument } from '../analysed-document.js';
import { sectionsHeadedBy } from './concept-helpers.js';

type Params = z.infer<typeof ReadabilityCheck>;

/** Passes unless the main text is too hard (grade, sentence length) or too long to be brief. Welsh text is not scored. */
export function readability(input: SignalInput, p: Params): CheckResult {
  const { doc } = input;
  const first = doc.sentences[0];
  const evidence = first ? [{ blockIndex: first.blockIndex, quote: first.text }] : [];
  if (doc.doc.lang?.toLowerCase().startsWith('cy')) return { passed: true, evidence, detail: 'Welsh text: not scored' };
  // Only the records section of a longer page, when the rule asks for it.
  const part = p.inSectionHeaded.length ? sectionsHeadedBy(input, p.inSectionHeaded) : doc;
  const jargon = jargonVerdict(input, part, p);
  const r = readabilityOf(part.sentences.map((s) => s.text));
  if (r.words < p.minWords) return { passed: jargon.passed, evidence: jargon.passed ? evidence : jargon.evidence, detail: [`${r.words} words: too short to score`, jargon.detail].filter(Boolean).join('; ') };
  const measured = `${r.words} words, Flesch-Kincaid grade ${r.fleschKincaidGrade}, reading ease ${r.fleschReadingEase}, average sentence ${r.averageSentence} words`;
  const passed = jargon.passed && r.fleschKincaidGrade <= p.maxGrade && r.averageSentence <= p.maxAverageSentence && r.words <= p.maxWords;
  return { passed, evidence: jargon.passed ? evidence : jargon.evidence, detail: [measured, jargon.detail].filter(Boolean).join('; ') };
}

/** Too many terms like "data controller" or "exemption" left unexplained fail the check. */
function jargonVerdict({ lexicon }: SignalInput, part: Pick<AnalysedDocument, 'sentences' | 'headings'>, p: Params): { passed: boolean; evidence: CheckEvidence[]; detail: string } {
  const jargon = p.jargon ? lexicon.get(p.jargon) : undefined;
  if (!jargon) return { passed: true, evidence: [], detail: '' };
  const uses = unexplainedJargon(part, {
    jargon,
    explanation: p.explanation ? lexicon.get(p.explanation) : undefined,
    glossary: p.glossary ? lexicon.get(p.glossary) : undefined,
  });
  const passed = uses.length <= p.maxUnexplainedJargon;
  const detail = uses.length ? `${uses.length} unexplained term${uses.length === 1 ? '' : 's'} (${uses.map((u) => u.term).join(', ')})` : 'no unexplained jargon';
  return { passed, evidence: uses.slice(0, 3).map((u) => ({ blockIndex: u.blockIndex, quote: u.quote })), detail };
}
