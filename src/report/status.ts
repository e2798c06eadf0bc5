// How each status reads to a person: a word and a symbol, so colour is never the only signal.
import type { AuditReport, CriterionVerdict, Evidence, Finding, Status } from '../core/index.js';

export const STATUS_ORDER: readonly Status[] = ['met', 'partial', 'not_met', 'needs_evidence', 'not_applicable', 'error'];

export const STATUS_WORD: Record<Status, string> = {
  met: 'Met',
  partial: 'Partly met',
  not_met: 'Not met',
  needs_evidence: 'Needs evidence',
  not_applicable: 'Not applicable',
  error: 'Error',
};

export const STATUS_SYMBOL: Record<Status, string> = {
  met: '✔',
  partial: '◐',
  not_met: '✘',
  needs_evidence: '?',
  not_applicable: '–',
  error: '!',
};

/** Plain-ASCII stand-ins for terminals without colour or Unicode. */
export const STATUS_ASCII: Record<Status, string> = {
  met: '[+]',
  partial: '[~]',
  not_met: '[x]',
  needs_evidence: '[?]',
  not_applicable: '[-]',
  error: '[!]',
};

export const STATUS_MEANING: Record<Status, string> = {
  met: 'the public material shows this criterion is met',
  partial: 'part of the criterion is shown, part is missing',
  not_met: 'we looked and did not find it (see "Where we looked")',
  needs_evidence: 'cannot be judged from public material: ask the council',
  not_applicable: 'does not apply to this organisation',
  error: 'we could not look properly, so the score is incomplete',
};

export function isStatus(value: string): value is Status {
  return (STATUS_ORDER as readonly string[]).includes(value);
}

/** Statuses whose reader needs to see what was searched before trusting the verdict. */
export function needsWhereWeLooked(status: Status): boolean {
  return status === 'not_met' || status === 'needs_evidence' || status === 'error';
}

export function verdictFindings(c: CriterionVerdict): Finding[] {
  return c.findings.filter((f) => f.kind === 'verdict');
}

export function advisoryFindings(c: CriterionVerdict): Finding[] {
  return c.findings.filter((f) => f.kind === 'advisory');
}

/**
 * Every advisory of the report with its criterion: the main pack's first, then each further pack's
 * (the legal-accuracy pack, on by default, holds the warnings about outdated law).
 */
export function reportAdvisories(r: Pick<AuditReport, 'criteria' | 'packs'>): { c: CriterionVerdict; f: Finding }[] {
  // report.json files written before packs[] existed have none
  const packs = (r.packs as AuditReport['packs'] | undefined) ?? [];
  return [...r.criteria, ...packs.flatMap((p) => p.criteria)].flatMap((c) => advisoryFindings(c).map((f) => ({ c, f })));
}

/** The evidence that best stands for a verdict: the first quote of its first verdict finding. */
export function firstEvidence(c: CriterionVerdict): Evidence | undefined {
  for (const f of verdictFindings(c)) {
    const e = f.evidence[0];
    if (e) return e;
  }
  return undefined;
}

export function evidenceCount(c: CriterionVerdict): number {
  return verdictFindings(c).reduce((n, f) => n + f.evidence.length, 0);
}

export function scoreText(score: number | null): string {
  return score === null ? 'no score' : `${score}/100`;
}

/** Why the score is incomplete, e.g. "C4, C6 could not be checked"; '' when it is complete. */
export function incompleteReason(r: Pick<AuditReport, 'criteria' | 'summary'>): string {
  if (r.summary.complete) return '';
  const ids = r.criteria.filter((c) => c.status === 'error').map((c) => c.id);
  const uncertain = r.criteria.filter((c) => c.uncertain).map((c) => c.id);
  const reasons = [
    ...(ids.length ? [`${ids.join(', ')} could not be checked`] : []),
    ...(uncertain.length ? [`${uncertain.join(', ')} not certain (crawl budget ran out)`] : []),
  ];
  return reasons.length ? reasons.join('; ') : 'some checks could not run';
}

export function criterionScoreText(score: CriterionVerdict['score']): string {
  return score === null ? '–' : String(score);
}

/** "2025-03-14" from an ISO timestamp, without touching the clock or the locale. */
export function isoDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m?.[1] ?? iso;
}
