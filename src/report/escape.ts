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

/** Escape Markdown syntax in inline text and keep it on one line (safe in table cells too). */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
  // Block syntax only matters at the start of a line: a heading, list item or quote.
  return inline.replace(/^(#|[-+](?=\s))/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** A URL inside Markdown link parentheses: spaces and parentheses would end it early. */
export function markdownUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}

/** RFC 4180 cell, with spreadsheet formula injection neutralised by a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
