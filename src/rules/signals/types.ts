import type { AnalysedDocument } from '../analysed-document.js';
import type { Lexicon } from '../lexicon.js';

/** A quote found by a check: the block it sits in and the exact text (a substring of the block). */
export interface CheckEvidence {
  blockIndex: number;
  quote: string;
}

export interface CheckResult {
  passed: boolean;
  evidence: CheckEvidence[];
  /** measured values worth showing (readability figures) */
  detail?: string;
}

export interface SignalInput {
  doc: AnalysedDocument;
  lexicon: Lexicon;
  /** the pack's history words for the claim signal's guard (signals/history.ts) */
  history: RegExp;
}

export const failed: CheckResult = { passed: false, evidence: [] };
