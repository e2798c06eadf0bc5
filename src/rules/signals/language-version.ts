import type { z } from 'zod';
import type { LanguageVersionCheck } from '../schema.js';
import type { CheckEvidence, CheckResult, SignalInput } from './types.js';

type Params = z.infer<typeof LanguageVersionCheck>;

/** The language of a tag without its region: "cy-GB" -> "cy". */
const primaryTag = (tag: string): string | undefined => tag.trim().toLowerCase().split(/[-_]/)[0];

/** An address that is the language's version of a page: /cy/..., ?lang=cy, or a cy. host. */
function isLanguageAddress(url: string, lang: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname.toLowerCase().split('/').includes(lang) || u.searchParams.get('lang')?.toLowerCase() === lang || u.hostname.toLowerCase().startsWith(`${lang}.`);
  } catch {
    return false;
  }
}

/**
 * The document is in the language (its lang attribute), declares its version in it (hreflang: a
 * `<link rel="alternate">` or a link with that language), or links to it (a link named in that
 * language, or an address under /<lang>/). Navigation links count: the language switch usually sits
 * in the page header. Evidence: the block showing the link, else the page's first block (which page
 * it is), with the link in the detail.
 */
export function languageVersion({ doc }: SignalInput, p: Params): CheckResult {
  const d = doc.doc;
  const firstBlock = (): CheckEvidence[] => {
    const i = d.blocks.findIndex((b) => b.text.trim().length > 0);
    return i < 0 ? [] : [{ blockIndex: i, quote: d.blocks[i]!.text.slice(0, 200) }];
  };
  if (d.lang && primaryTag(d.lang) === p.lang) {
    return { passed: true, evidence: firstBlock(), detail: `the page is in language "${p.lang}"` };
  }
  const alternate = d.alternates?.find((a) => primaryTag(a.lang) === p.lang);
  if (alternate) return { passed: true, evidence: firstBlock(), detail: `declares a "${p.lang}" version (hreflang="${alternate.lang}"): ${alternate.url}` };
  const anchors = p.anchors.map((a) => a.trim().toLowerCase());
  const link = d.links.find((l) => anchors.includes(l.text.trim().toLowerCase()) || isLanguageAddress(l.url, p.lang));
  if (!link) return { passed: false, evidence: [] };
  const shown = link.text.trim() ? d.blocks.findIndex((b) => b.text.includes(link.text.trim())) : -1;
  const evidence = shown >= 0 ? [{ blockIndex: shown, quote: link.text.trim() }] : firstBlock();
  return { passed: true, evidence, detail: `links to a "${p.lang}" version: ${link.text.trim() || '(no text)'} ${link.url}` };
}
