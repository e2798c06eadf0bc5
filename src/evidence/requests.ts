// requests.csv: the request log (C5), one row per request by a person who was in care.
import type { RequestRow } from '../core/index.js';
import { dateCell, readTable, yesNoCell, RowErrors, type ColumnSpec } from './table.js';

export const REQUEST_COLUMNS: ColumnSpec[] = [
  { name: 'reference', required: true, aliases: ['ref', 'reference number', 'ref no', 'request id', 'request reference', 'case reference', 'case ref', 'id'] },
  { name: 'received', required: true, aliases: ['date received', 'received date', 'date of request', 'request date', 'request received', 'date request received'] },
  { name: 'responded', aliases: ['date responded', 'responded date', 'response date', 'date disclosed', 'disclosed', 'disclosure date', 'date sent', 'sent', 'completed', 'date completed', 'closed', 'date closed'] },
  { name: 'acknowledged', aliases: ['date acknowledged', 'acknowledged date', 'acknowledgement', 'acknowledgement date', 'ack'] },
  { name: 'id_confirmed', aliases: ['id confirmed date', 'date id confirmed', 'identity confirmed', 'date identity confirmed', 'id verified', 'id received'] },
  { name: 'extended', aliases: ['extension', 'date extended', 'extension date', 'extension notified', 'date extension notified'] },
  { name: 'extension_reason', aliases: ['reason for extension', 'extension reasons'] },
  { name: 'pages', aliases: ['page count', 'number of pages', 'pages disclosed', 'no of pages'] },
  { name: 'outcome', aliases: ['result', 'request outcome'] },
  { name: 'care_experienced', aliases: ['care leaver', 'care experienced y/n', 'was in care', 'in care'] },
  { name: 'support_offered', aliases: ['support offer', 'offered support'] },
  { name: 'support_taken', aliases: ['support taken up', 'support accepted', 'support used'] },
  { name: 'complaint', aliases: ['complaints', 'complained', 'complaint made'] },
];

export interface ReadRequests {
  columns: string[];
  ignored: string[];
  rows: RequestRow[];
}

/** Every row read, or every problem found: a row that cannot be read is an error, never a zero. */
export function readRequests(text: string, file = 'requests.csv'): { value?: ReadRequests; errors: string[] } {
  const errors = new RowErrors(file);
  const table = readTable(text, REQUEST_COLUMNS, errors);
  if (!table) return { errors: errors.list };
  const firstLine = new Map<string, number>();
  const rows: RequestRow[] = [];
  for (const r of table.rows) {
    const before = errors.list.length;
    const reference = r.get('reference');
    if (reference === '') errors.add(r.line, 'reference is blank', '');
    else if (firstLine.has(reference)) errors.add(r.line, `duplicate reference, first on line ${firstLine.get(reference)}`, reference);
    else firstLine.set(reference, r.line);
    const receivedRaw = r.get('received');
    const received = dateCell(r, 'received', errors);
    if (receivedRaw === '') errors.add(r.line, 'received is blank', '');
    const responded = dateCell(r, 'responded', errors);
    if (received && responded && responded < received) errors.add(r.line, `responded is before the date received, ${received}`, responded);
    const acknowledged = dateCell(r, 'acknowledged', errors);
    const idConfirmed = dateCell(r, 'id_confirmed', errors);
    const extendedRaw = r.get('extended');
    let extended: string | true | undefined;
    if (extendedRaw !== '') {
      if (/^(y|yes|true)$/i.test(extendedRaw)) extended = true;
      else if (!/^(n|no|false)$/i.test(extendedRaw)) extended = dateCell(r, 'extended', errors);
    }
    const pagesRaw = r.get('pages');
    let pages: number | undefined;
    if (pagesRaw !== '') {
      if (/^\d+$/.test(pagesRaw.replace(/,/g, ''))) pages = Number(pagesRaw.replace(/,/g, ''));
      else errors.add(r.line, 'pages is not a whole number', pagesRaw);
    }
    const care = yesNoCell(r, 'care_experienced', errors);
    const supportOffered = yesNoCell(r, 'support_offered', errors);
    const supportTaken = yesNoCell(r, 'support_taken', errors);
    const complaint = yesNoCell(r, 'complaint', errors);
    if (errors.list.length > before || !received) continue;
    const row: RequestRow = { line: r.line, reference, received, hasOutcome: r.get('outcome') !== '', careExperienced: care ?? true };
    if (responded) row.responded = responded;
    if (acknowledged) row.acknowledged = acknowledged;
    if (idConfirmed) row.idConfirmed = idConfirmed;
    if (extended !== undefined) row.extended = extended;
    if (pages !== undefined) row.pages = pages;
    if (supportOffered !== undefined) row.supportOffered = supportOffered;
    if (supportTaken !== undefined) row.supportTaken = supportTaken;
    if (complaint !== undefined) row.complaint = complaint;
    rows.push(row);
  }
  if (errors.list.length) return { errors: errors.list };
  return { value: { columns: table.columns, ignored: table.ignored, rows }, errors: [] };
}
