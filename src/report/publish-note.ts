// "What to publish" on the terminal: for each criterion not met the pack's advice (advice.yaml) on what the organisation could publish to meet it, wrapped to the
// terminal's width (partly met criteria and the example sentences to adapt are in report.html
// and report.md: the terminal stays short).
import type { AuditReport } from '../core/index.js';

const INDENT = '    ';
/** Lines of advice per criterion; the rest is in the report. */
const MAX_LINES = 3;

/** Words wrapped into lines of at most `width` characters (a longer word is cut by the caller). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Plain lines (the caller fits them); empty when no criterion is not met, or none has advice. */
export function publishLines(r: Pick<AuditReport, 'criteria'>, width: number, ellipsis: string): string[] {
  const short = r.criteria.filter((c) => c.status === 'not_met' && c.publish);
  if (short.length === 0) return [];
  const out = ['What to publish for the criteria not met (example sentences in the report):'];
  for (const c of short) {
    const head = `  ${c.id}: `;
    const wrapped = wrapWords(c.publish!.what, Math.max(10, width - Math.max(head.length, INDENT.length)));
    const shown = wrapped.slice(0, MAX_LINES);
    if (wrapped.length > MAX_LINES) shown[MAX_LINES - 1] = `${shown[MAX_LINES - 1]}${ellipsis}`;
    out.push(`${head}${shown[0]}`, ...shown.slice(1).map((l) => `${INDENT}${l}`));
  }
  return out;
}
