import type { AnalysedDocument } from './analysed-document.js';
import type { Lexicon } from './lexicon.js';
import type { LoadedRule } from './load.js';
import { runCheck, type CheckEvidence } from './signals/index.js';

export interface RuleMatch {
  evidence: CheckEvidence[];
  details: string[];
}

/** A rule matches a document when every check passes and no `unless` check does. */
export function matchRule(rule: Pick<LoadedRule, 'checks' | 'unless'>, doc: AnalysedDocument, lexicon: Lexicon): RuleMatch | undefined {
  const evidence: CheckEvidence[] = [];
  const details: string[] = [];
  for (const check of rule.checks) {
    const r = runCheck({ doc, lexicon }, check);
    if (!r.passed) return undefined;
    if (r.detail) details.push(r.detail);
    for (const e of r.evidence) if (!evidence.some((x) => x.blockIndex === e.blockIndex && x.quote === e.quote)) evidence.push(e);
  }
  for (const check of rule.unless) if (runCheck({ doc, lexicon }, check).passed) return undefined;
  return { evidence, details };
}
