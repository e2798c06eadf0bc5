// CSV reading with csv-parse (RFC 4180: quoted fields, doubled quotes, a BOM, CRLF or LF, both in
// one file). Each row keeps the line it started on so list errors can point at the right line.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { csvCell } from '../report/index.js';

export interface CsvRow {
  line: number;
  fields: string[];
}

const newlines = (fields: string[]): number => fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);

/**
 * Rows of any length (the callers check counts against the header, with the line); blank lines
 * are skipped; a stray quote inside a field is kept as a character, as spreadsheets write it.
 * A quote never closed is a SyntaxError `line N: ...` naming the line the row started on.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let lastEnd = 0;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      // context.lines is the line the record ended on (a quoted field may span lines); rows are
      // collected here with their first line, so the parser's own result stays empty
      on_record: (record, context) => {
        lastEnd = context.lines;
        if (!(record.length === 1 && record[0]!.trim() === '')) rows.push({ line: context.lines - newlines(record), fields: record });
        return null;
      },
    });
    return rows;
  } catch (e) {
    const reason = e instanceof CsvError && e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : (e as Error).message;
    throw new SyntaxError(`line ${lastEnd + 1}: ${reason}`);
  }
}

/** One CSV field: the report's shared cell writer (RFC 4180 quoting and the formula guard). */
export const csvField = csvCell;
