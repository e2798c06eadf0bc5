import type { AnalysedDocument } from './analysed-document.js';
import type { LoadedPack, LoadedRule } from './load.js';
import { runCheck, type CheckEvidence } from './signals/index.js';

export interface RuleMatch {
  evidence: CheckEvidence[];
  details: string[];
}

/** A rule matches a document when every check passes and no `unless` check does; the pack gives its lexicon and history words. */
export function matchRule(rule: Pick<LoadedRule, 'checks' | 'unless'>, doc: AnalysedDocument, pack: Pick<LoadedPack, 'lexicon' | 'history'>): RuleMatch | undefined {
  const input = { doc, lexicon: pack.lexicon, history: pack.history };
  const evidence: CheckEvidence[] = [];
  const details: string[] = [];
  for (const check of rule.checks) {
    const r = runCheck(input, check);
    if (!r.passed) return undefined;
    if (r.detail) details.push(r.detail);
    for (const e of r.evidence) if (!evidence.some((x) => x.blockIndex === e.blockIndex && x.quote === e.quote)) evidence.push(e);
  }
  for (const check of rule.unless) if (runCheck(input, check).passed) return undefined;
  return { evidence, details };
}
