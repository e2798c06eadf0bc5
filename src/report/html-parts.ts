// Small HTML builders shared by report.html and the demo index. Every piece of text goes
// through escapeHtml; every href through safeHref.
import { GENERATOR_META, type Severity, type Status } from '../core/index.js';
import { escapeHtml, safeHref } from './escape.js';
import { STATUS_MEANING, STATUS_ORDER, STATUS_SYMBOL, STATUS_WORD } from './status.js';
import { HTML_STYLE } from './html-style.js';

export const esc = escapeHtml;

export function badge(status: Status): string {
  return `<span class="badge st-${status}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${STATUS_WORD[status]}</span>`;
}

/** A badge of symbol only, its word for screen readers and as a tooltip: for grids of many statuses (the legend explains the symbols). */
export function compactBadge(status: Status): string {
  return `<span class="badge st-${status}" title="${STATUS_WORD[status]}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span><span class="vh">${STATUS_WORD[status]}</span></span>`;
}

export function severityBadge(severity: Severity | Status): string {
  return `<span class="badge sev-${esc(severity)}">${esc(severity)}</span>`;
}

/** A link when the URL is web or file; the URL as plain text otherwise. */
export function link(url: string, text: string = url, cls = 'url'): string {
  const href = safeHref(url);
  const body = esc(text);
  return href ? `<a class="${cls}" href="${esc(href)}">${body}</a>` : `<span class="${cls}">${body}</span>`;
}

export function legend(): string {
  const items = STATUS_ORDER.map((s) => `<li>${badge(s)} ${esc(STATUS_MEANING[s])}</li>`).join('');
  return `<ul class="legend" aria-label="What the symbols mean">${items}</ul>`;
}

/** wide: a page whose main content is a grid (the demo index), allowed the width of a laptop screen. */
export function page(title: string, body: string, opts: { wide?: boolean } = {}): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    GENERATOR_META,
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    opts.wide ? '<main class="wide">' : '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
