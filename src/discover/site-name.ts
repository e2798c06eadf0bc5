import { normaliseWhitespace } from '../core/index.js';

const GENERIC_PARTS = /^(home|home ?page|welcome|index|main page)$/i;

/** og:site_name when the page has one, else the <title> cleaned of "Home |" and "Welcome to". */
export function siteNameFrom(html: string, title: string): string | undefined {
  const og =
    /<meta[^>]+property=["']og:site_name["'][^>]*content=["']([^"']+)["']/i.exec(html) ??
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:site_name["']/i.exec(html);
  if (og?.[1]) return decodeEntities(normaliseWhitespace(og[1])) || undefined;
  return cleanTitle(title);
}

export function cleanTitle(title: string): string | undefined {
  const parts = normaliseWhitespace(decodeEntities(title))
    .split(/\s+[|\-\u2013\u2014:]\s+|\s*::\s*/)
    .map((p) => p.replace(/^welcome to (the )?/i, '').trim())
    .filter((p) => p !== '' && !GENERIC_PARTS.test(p));
  // "Page name | Site name": the site is usually last.
  return parts.at(-1);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
