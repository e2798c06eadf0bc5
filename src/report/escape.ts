// Escaping for each output language. Report text comes from untrusted web pages.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Characters XML 1.0 forbids outright (PDF text sometimes carries them).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return escapeHtml(text.replace(XML_INVALID, ''));
}

/**
 * Web, file and plain relative links become clickable (a screenshot beside the report);
 * any other scheme (javascript:, data:) or a protocol-relative "//host" stays text.
 */
export function safeHref(url: string): string | undefined {
  // Browsers drop tabs and newlines inside URLs ("java\nscript:"), so judge the URL without them.
  const cleaned = url.replace(/[\t\n\r]/g, '');
  // eslint-disable-next-line no-control-regex
  if (cleaned === '' || /^[\u0000-\u0020]/.test(cleaned) || cleaned.startsWith('//')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme === undefined) return /^[^:]*$|^[^:]*[/?#]/.test(cleaned) ? url : undefined;
  return /^(https?|file)$/i.test(scheme) ? url : undefined;
}

/**
 * Escape Markdown syntax in inline text and keep it on one line (safe in table cells too). Page
 * text is hostile: link and image syntax ([ ] ( ) !), HTML tags and entities (< > &), emphasis and
 * code (* _ ` ~) and table pipes are all escaped, so no renderer makes a link, image or tag of it.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|~!()&{}])/g, '\\$1');
  // Block syntax only matters at the start of a line: a heading, list item or quote.
  return inline.replace(/^(#|[-+=](?=\s))/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** A URL inside Markdown link parentheses or an autolink: nothing in it can end it early. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>"'`\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Inert inline code, whatever the text holds (a fence longer than any run of backticks in it). */
export function markdownCode(text: string): string {
  const one = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '%7C');
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || one === '' ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

/** Whether a URL may become a Markdown link: http(s) only (web pages) or a plain file beside the report. */
function markdownLinkable(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '');
  if (/^https?:\/\/[^\s/]/i.test(cleaned)) return true;
  return /^[a-z0-9][a-z0-9._/-]*$/i.test(cleaned) && !cleaned.split('/').includes('..') && !cleaned.includes(':');
}

/** [text](url) for an http(s) URL (or a file beside the report); any other scheme is inert code text. */
export function markdownLink(text: string, url: string): string {
  return markdownLinkable(url) ? `[${escapeMarkdown(text)}](${markdownUrl(url)})` : `${escapeMarkdown(text)} (${markdownCode(url)})`;
}

/** <url> for an http(s) URL; any other scheme is inert code text. */
export function markdownAutolink(url: string): string {
  return /^https?:\/\/[^\s/]/i.test(url) ? `<${markdownUrl(url)}>` : markdownCode(url);
}

/**
 * A cell a spreadsheet would run as a formula: one starting with = + - @, a tab, CR or LF, also
 * after leading spaces (some spreadsheets trim them), or with a full-width ＝ ＋ － ＠.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * The one CSV cell writer for every CSV we write (report.csv, batch summary.csv): RFC 4180
 * quoting, and spreadsheet formula injection neutralised by a leading apostrophe. Numbers and
 * booleans we computed are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
