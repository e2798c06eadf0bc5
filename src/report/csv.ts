// report.csv: one row per criterion of the primary pack, RFC 4180 with CRLF line ends.
import type { AuditReport, CriterionVerdict } from '../core/index.js';
import { csvCell } from './escape.js';
import { evidenceCount, firstEvidence } from './status.js';

export const CSV_HEADER = [
  'criterion', 'title', 'status', 'score', 'summary', 'evidence_count', 'first_quote', 'first_url', 'first_location', 'waived',
] as const;

/** "criterion: reason (author, until date)" or "n findings: ..." when a human waiver covers this criterion. */
function waiverText(c: CriterionVerdict): string {
  if (c.waived) return `criterion: ${c.waived.reason} (${c.waived.author}, until ${c.waived.expires}; rules found ${c.waived.originalStatus})`;
  const waived = c.findings.filter((f) => f.waiver);
  const first = waived[0]?.waiver;
  return first ? `${waived.length} finding${waived.length > 1 ? 's' : ''}: ${first.reason} (${first.author}, until ${first.expires})` : '';
}

function row(c: CriterionVerdict): string {
  const e = firstEvidence(c);
  return [c.id, c.title, c.status, c.score, c.summary, evidenceCount(c), e?.quote, e?.url, e?.location, waiverText(c)]
    .map(csvCell)
    .join(',');
}

export function renderCsv(r: AuditReport): string {
  return [CSV_HEADER.map(csvCell).join(','), ...r.criteria.map(row)].map((line) => `${line}\r\n`).join('');
}
