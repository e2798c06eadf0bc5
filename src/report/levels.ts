// A pack that scores by level (pack.yaml scoring.levels, e.g. the source's "must" and "should"):
// one line per level, strongest first, so a "must" gap is never hidden in a blended number.
import type { ReportSummary } from '../core/index.js';
import { STATUS_WORD, scoreText } from './status.js';

/** One plain sentence per level, strongest first; [] for a pack that gives one score. */
export function levelSentences(s: ReportSummary): string[] {
  return (s.levels ?? []).map((l) => {
    const counts = [
      [STATUS_WORD.met, l.met],
      [STATUS_WORD.partial, l.partial],
      [STATUS_WORD.not_met, l.notMet],
      [STATUS_WORD.needs_evidence, l.needsEvidence],
      [STATUS_WORD.not_applicable, l.notApplicable],
      [STATUS_WORD.error, l.error],
    ]
      .filter(([, n]) => Number(n) > 0)
      .map(([word, n]) => `${String(word).toLowerCase()} ${n}`)
      .join(', ');
    return `"${l.level}" (${l.criteria.join(', ')}): ${scoreText(l.score)}; ${counts}`;
  });
}

/** Says what the pack's headline score is, when it scores by level. */
export function levelNote(s: ReportSummary): string | undefined {
  const first = s.levels?.[0];
  return first ? `Scored by level, not blended: the score is the "${first.level}" criteria's score; each level below is scored on its own.` : undefined;
}
