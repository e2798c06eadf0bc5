import type { AuditReport } from '../../src/core/index.js';
import { proofFailure, proofKindOf, proofWordsOf, type LoadedPack } from '../../src/rules/index.js';

/**
 * Every verdict proves itself (issue 12): the met and partial findings of a report whose quotes fail
 * their signal's proof, as "item rule: why: quotes". A route is checked on the whole document in
 * evaluatePack, so it is not re-checked on the quotes here.
 */
export function proofFailuresOf(report: AuditReport, pack: LoadedPack, item: string): { checked: number; failures: string[] } {
  const rules = new Map(pack.rules.map((r) => [r.qualifiedId, r]));
  const words = proofWordsOf(pack.def);
  const failures: string[] = [];
  let checked = 0;
  for (const finding of report.criteria.flatMap((c) => c.findings)) {
    if (finding.kind !== 'verdict' || (finding.status !== 'met' && finding.status !== 'partial')) continue;
    const rule = rules.get(finding.ruleId);
    const kind = rule ? proofKindOf(rule) : undefined;
    if (!kind || kind === 'route') continue;
    checked++;
    const quotes = finding.evidence.map((e) => e.quote);
    const failure = proofFailure(kind, { quotes, documentText: quotes.join(' ') }, words);
    if (failure) failures.push(`${item} ${finding.ruleId}: ${failure}: ${quotes.join(' | ')}`);
  }
  return { checked, failures };
}
