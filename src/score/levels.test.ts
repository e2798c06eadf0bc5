import { describe, expect, it } from 'vitest';
import type { CriterionVerdict, Status } from '../core/index.js';
import { summarise } from './score.js';

const sources = { discovered: 0, assessed: 0, failed: 0, skipped: 0 };
const c = (id: string, status: Status, level?: string): CriterionVerdict => ({
  id, title: id, status, score: status === 'met' ? 1 : status === 'partial' ? 0.5 : status === 'not_met' ? 0 : null, summary: '', findings: [], ...(level ? { level } : {}),
});

describe('scoring by level', () => {
  it('scores each level apart, strongest first, and the headline score is the first level only', () => {
    // "could" listed first in the pack but "must" is first in scoring.levels
    const criteria = [c('X1', 'met', 'could'), c('X2', 'met', 'could'), c('X3', 'not_met', 'must'), c('X4', 'needs_evidence', 'must'), c('X5', 'partial', 'should')];
    const s = summarise(criteria, sources, ['must', 'should', 'could']);
    expect(s.levels?.map((l) => [l.level, l.criteria, l.score])).toEqual([
      ['must', ['X3', 'X4'], 0],
      ['should', ['X5'], 50],
      ['could', ['X1', 'X2'], 100],
    ]);
    expect(s.levels?.[0]).toMatchObject({ eligible: 1, notMet: 1, needsEvidence: 1 });
    // a blend would say 63; the pack's headline is its "must" score
    expect(s.score).toBe(0);
    expect(s.met).toBe(2);
  });

  it('gives no score when no "must" criterion could be judged, rather than falling back to a blend', () => {
    const s = summarise([c('X1', 'needs_evidence', 'must'), c('X2', 'met', 'could')], sources, ['must', 'could']);
    expect(s.score).toBeNull();
    expect(s.levels?.[1]?.score).toBe(100);
  });

  it('leaves a pack without levels as it was', () => {
    const s = summarise([c('C1', 'met'), c('C2', 'partial')], sources);
    expect(s.levels).toBeUndefined();
    expect(s.score).toBe(75);
  });
});
