import type { Status } from '../core/index.js';

/** One labelled judgement and what the tool said. */
export interface Judgement {
  item: string;
  criterion: string;
  label: Status;
  predicted: Status;
}

export interface CriterionMetrics {
  criterion: string;
  positives: number; // items labelled met or partial
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  exact: number; // share of items where the level agrees exactly
  confusion: Record<string, Record<string, number>>; // label -> predicted -> count
}

export interface EvalMetrics {
  items: number;
  judgements: number;
  macroF1: number | null; // over criteria with at least one positive label
  exactAgreement: number;
  criteria: CriterionMetrics[];
}

const present = (s: Status): boolean => s === 'met' || s === 'partial';
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

/** Presence (met or partial) scored as a binary task per criterion, plus exact-level agreement. */
export function computeMetrics(judgements: Judgement[]): EvalMetrics {
  const ids = [...new Set(judgements.map((j) => j.criterion))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const criteria = ids.map((criterion): CriterionMetrics => {
    const js = judgements.filter((j) => j.criterion === criterion);
    const tp = js.filter((j) => present(j.label) && present(j.predicted)).length;
    const fp = js.filter((j) => !present(j.label) && present(j.predicted)).length;
    const fn = js.filter((j) => present(j.label) && !present(j.predicted)).length;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision === null || recall === null ? (tp + fp + fn === 0 ? null : 0) : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const confusion: Record<string, Record<string, number>> = {};
    for (const j of js) {
      confusion[j.label] ??= {};
      confusion[j.label]![j.predicted] = (confusion[j.label]![j.predicted] ?? 0) + 1;
    }
    return {
      criterion,
      positives: js.filter((j) => present(j.label)).length,
      tp,
      fp,
      fn,
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      exact: round(ratio(js.filter((j) => j.label === j.predicted).length, js.length)) ?? 0,
      confusion,
    };
  });
  const scored = criteria.filter((c) => c.positives > 0 && c.f1 !== null);
  return {
    items: new Set(judgements.map((j) => j.item)).size,
    judgements: judgements.length,
    macroF1: scored.length ? round(scored.reduce((s, c) => s + (c.f1 ?? 0), 0) / scored.length) : null,
    exactAgreement: round(ratio(judgements.filter((j) => j.label === j.predicted).length, judgements.length)) ?? 0,
    criteria,
  };
}
