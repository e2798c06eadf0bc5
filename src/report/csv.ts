// report.csv: one row per criterion of the primary pack, RFC 4180 with CRLF line ends.
import type { AuditReport, CriterionVerdict } from '../core/index.js';
import { csvCell } from './escape.js';
import { evidenceCount, firstEvidence } from './status.js';

export const CSV_HEADER = [
  'criterion', 'title', 'status', 'score', 'summary', 'evidence_count', 'first_quote', 'first_url', 'first_location',
] as const;

function row(c: CriterionVerdict): string {
  const e = firstEvidence(c);
  return [c.id, c.title, c.status, c.score, c.summary, evidenceCount(c), e?.quote, e?.url, e?.location]
    .map(csvCell)
    .join(',');
}

export function renderCsv(r: AuditReport): string {
  return [CSV_HEADER.join(','), ...r.criteria.map(row)].map((line) => `${line}\r\n`).join('');
}
