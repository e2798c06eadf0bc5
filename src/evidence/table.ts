// A CSV of the evidence folder read by column name: header names match case-insensitively,
// ignoring spaces, '_' and '-', and each column has a few aliases a council's log may use.
import { parseCsv } from '../batch/csv-parse.js';
import { parseDate } from './dates.js';

export interface ColumnSpec {
  name: string;
  required?: boolean;
  aliases: string[];
}

export interface TableRow {
  /** line of the file the row starts on, the header being line 1 */
  line: number;
  get(column: string): string;
}

export interface Table {
  /** the columns found, by their canonical name, in spec order */
  columns: string[];
  /** header cells that match no column: ignored */
  ignored: string[];
  rows: TableRow[];
}

/** Collects row errors as `<file>:<line>: <what> (<value>)`. */
export class RowErrors {
  readonly list: string[] = [];
  constructor(readonly file: string) {}
  add(line: number, what: string, value: string): void {
    this.list.push(`${this.file}:${line}: ${what} (${value})`);
  }
}

/** `Date received` = `date_received` = `Date-Received`; a bracketed note is dropped (`Extended (y/n)`). */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/\([^)]*\)/g, '').replace(/[\s_\-.:?]+/g, '');
}

export function readTable(text: string, spec: ColumnSpec[], errors: RowErrors): Table | undefined {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (e) {
    const m = /line (\d+): (.*)/.exec((e as Error).message);
    errors.add(Number(m?.[1] ?? 1), m?.[2] ?? (e as Error).message, 'unclosed quote');
    return undefined;
  }
  const [header, ...body] = parsed;
  if (!header) {
    for (const c of spec.filter((s) => s.required)) errors.add(1, 'missing required column', c.name);
    return undefined;
  }
  const byKey = new Map<string, ColumnSpec>();
  for (const c of spec) for (const a of [c.name, ...c.aliases]) byKey.set(headerKey(a), c);
  const index = new Map<string, number>();
  const ignored: string[] = [];
  header.fields.forEach((cell, i) => {
    const c = byKey.get(headerKey(cell));
    if (!c) {
      if (cell.trim()) ignored.push(cell.trim());
      return;
    }
    if (index.has(c.name)) errors.add(header.line, `two columns for ${c.name}`, cell.trim());
    else index.set(c.name, i);
  });
  let ok = true;
  for (const c of spec.filter((s) => s.required && !index.has(s.name))) {
    errors.add(header.line, 'missing required column', c.name);
    ok = false;
  }
  if (!ok) return undefined;
  // Rows of empty cells (",,,," left by a spreadsheet) are not requests.
  const rows: TableRow[] = body.filter((r) => r.fields.some((f) => f.trim() !== '')).map((r) => ({
    line: r.line,
    get: (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : (r.fields[i] ?? '').trim();
    },
  }));
  return { columns: spec.filter((c) => index.has(c.name)).map((c) => c.name), ignored, rows };
}

/** A date cell: undefined when blank; an error (and undefined) when not a date. */
export function dateCell(row: TableRow, column: string, errors: RowErrors): string | undefined {
  const v = row.get(column);
  if (v === '') return undefined;
  const d = parseDate(v);
  if (d === undefined) errors.add(row.line, `${column} is not a date (YYYY-MM-DD or DD/MM/YYYY)`, v);
  return d;
}

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);

/** A y/n cell: undefined when blank; an error when neither. */
export function yesNoCell(row: TableRow, column: string, errors: RowErrors): boolean | undefined {
  const v = row.get(column);
  if (v === '') return undefined;
  if (YES.has(v.toLowerCase())) return true;
  if (NO.has(v.toLowerCase())) return false;
  errors.add(row.line, `${column} is not y or n`, v);
  return undefined;
}
