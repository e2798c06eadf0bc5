// The frame every national page shares: plain HTML and CSS, no script, reflows at 320 px.
import type { Status } from '../../core/index.js';
import { GENERATOR_META } from '../../core/index.js';
import { STATUS_SYMBOL, STATUS_WORD, escapeHtml as esc } from '../../report/index.js';
import type { SummarySite } from '../summary.js';

const STYLE = `body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:70rem;color:#111}
a{color:#0b4f9c}table{border-collapse:collapse;margin:.75rem 0;max-width:100%}th,td{border:1px solid #999;padding:.25rem .45rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:bold;padding:.25rem 0}.wide{overflow-x:auto}.chart{max-width:100%;height:auto}
.s-met{background:#cdebd3}.s-partial{background:#fbe9b7}.s-not_met{background:#f6c4c4}.s-needs_evidence{background:#e3e3f3}.s-not_applicable{background:#eee}.s-error{background:#f3d2f3}
blockquote{margin:.25rem 0 .5rem 1rem;padding-left:.6rem;border-left:3px solid #999}.url{overflow-wrap:anywhere}nav ul{padding-left:1.2rem}.worse{color:#8a1c1c}.better{color:#1c5e2a}`;

export const slugOfCriterion = (id: string): string => id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** A whole page; `body` is already escaped HTML. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${GENERATOR_META}
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>
${body}
</main></body></html>
`;
}

/** A status as a word and a symbol in a tinted cell, so colour is never the only signal. */
export function statusCell(status: Status | undefined): string {
  if (!status) return '<td>—</td>';
  return `<td class="s-${status}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${STATUS_WORD[status]}</td>`;
}

export const councilName = (s: Pick<SummarySite, 'name' | 'slug'>): string => s.name ?? s.slug;

/** "+5" in green, "-3" in red (with the sign, readable without colour). */
export function changeHtml(text: string): string {
  if (text.startsWith('+')) return `<span class="better">${esc(text)}</span>`;
  if (text.startsWith('-')) return `<span class="worse">${esc(text)}</span>`;
  return esc(text);
}
