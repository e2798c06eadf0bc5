// Output formats and the file each is written to; the CLI picks reporters from this list.
import { REPORT_FILE_NAMES } from '../core/index.js';

export const FORMATS = ['json', 'html', 'md', 'csv', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

const FILE_NAMES: Record<Format, string> = REPORT_FILE_NAMES;

export function fileNameFor(format: Format): string {
  return FILE_NAMES[format];
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
