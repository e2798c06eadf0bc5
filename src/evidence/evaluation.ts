// evaluation.csv: replies to the evaluation form sent with records (C7). Comments are counted, never kept.
import type { EvaluationRow } from '../core/index.js';
import { dateCell, readTable, RowErrors, type ColumnSpec } from './table.js';

export const EVALUATION_COLUMNS: ColumnSpec[] = [
  { name: 'received', required: true, aliases: ['date', 'date received', 'received date', 'reply date', 'date returned', 'returned'] },
  { name: 'overall', aliases: ['overall satisfaction', 'satisfaction', 'overall score', 'overall rating'] },
  { name: 'support', aliases: ['support score', 'support rating', 'support satisfaction'] },
  { name: 'timeliness', aliases: ['timeliness score', 'timeliness rating', 'timely', 'speed'] },
  { name: 'comment', aliases: ['comments', 'free text', 'other comments', 'anything else'] },
];

const SCORES = ['overall', 'support', 'timeliness'] as const;

export function readEvaluation(text: string, file = 'evaluation.csv'): { value?: { columns: string[]; rows: EvaluationRow[] }; errors: string[] } {
  const errors = new RowErrors(file);
  const table = readTable(text, EVALUATION_COLUMNS, errors);
  if (!table) return { errors: errors.list };
  const rows: EvaluationRow[] = [];
  for (const r of table.rows) {
    const before = errors.list.length;
    const received = dateCell(r, 'received', errors);
    if (r.get('received') === '') errors.add(r.line, 'received is blank', '');
    const row: EvaluationRow = { line: r.line, received: received ?? '', hasComment: r.get('comment') !== '' };
    for (const s of SCORES) {
      const v = r.get(s);
      if (v === '') continue;
      if (/^[1-5]$/.test(v)) row[s] = Number(v);
      else errors.add(r.line, `${s} is not a score from 1 to 5`, v);
    }
    if (errors.list.length === before) rows.push(row);
  }
  if (errors.list.length) return { errors: errors.list };
  return { value: { columns: table.columns, rows }, errors: [] };
}
