import { compileTerm, tokenise, TokenIndex, type CompiledTerm } from '../rules/index.js';
import type { OrgType, OutLink } from '../core/index.js';

/**
 * Best-first link scoring. Every field of a link is reduced to lower-case words and matched
 * against weighted phrases; the score is a weighted sum of the fields:
 *
 *   score = 1.0 * anchor text + 0.6 * link URL words + 0.5 * nearest heading
 *         + 0.25 * page URL words + 0.2 * relevance of the page the link sits on
 *         - penalties for topics that never lead to care records (council tax, bins, ...)
 *         + 0.5 for a PDF/Word link that already matched something (leaflets and policies)
 *
 * Each field's phrase total is capped at FIELD_CAP so one keyword-stuffed menu cannot dominate.
 * The phrases and their weights are the rule pack's (pack.yaml `focus`); the engine has none.
 */
const FIELD_CAP = 9;
const WEIGHTS = { anchor: 1, url: 0.6, context: 0.5, pageUrl: 0.25, pageRelevance: 0.2, documentBonus: 0.5 };

type WeightedTerms = ReadonlyArray<readonly [CompiledTerm, number]>;

/** A pack's crawl focus, compiled once for one kind of organisation. */
export interface LinkFocus {
  follow: WeightedTerms;
  avoid: WeightedTerms;
  /** terms to ask the site's own search */
  search: readonly string[];
}

/** Phrases and weights as a pack declares them (pack.yaml `focus`). */
export interface FocusWords {
  follow: Record<string, number>;
  followFor: Partial<Record<OrgType, Record<string, number>>>;
  avoid: Record<string, number>;
  search?: string[];
}

const compile = (phrases: Record<string, number>): WeightedTerms => Object.entries(phrases).map(([p, w]) => [compileTerm(p), w] as const);

export function compileFocus(words: FocusWords, orgType: OrgType = 'local-authority'): LinkFocus {
  return { follow: [...compile(words.follow), ...compile(words.followFor[orgType] ?? {})], avoid: compile(words.avoid), search: words.search ?? [] };
}

/** No focus words: every link scores 0 and the crawl is breadth-first. */
export const NO_FOCUS: LinkFocus = { follow: [], avoid: [], search: [] };

/** The text as the shared text analysis reads it; URL escapes decoded first. */
function indexOf(text: string): TokenIndex {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep the raw text
  }
  return new TokenIndex(tokenise(decoded));
}

function phraseTotal(index: TokenIndex, terms: WeightedTerms): number {
  let total = 0;
  // Each phrase counts once, however often it occurs; stems match plurals ("care leavers", "records").
  for (const [term, weight] of terms) if (index.occurrences(term).length > 0) total += weight;
  return total;
}

/** How strongly a piece of text points at the pack's subject, capped. */
export function topicScore(text: string, focus: LinkFocus): number {
  return Math.min(phraseTotal(indexOf(text), focus.follow), FIELD_CAP);
}

function penaltyScore(text: string, focus: LinkFocus): number {
  return Math.min(phraseTotal(indexOf(text), focus.avoid), FIELD_CAP);
}

/** The URL's path and query, as words; the host says nothing about the topic. */
function urlWords(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname} ${u.search}`;
  } catch {
    return url;
  }
}

function looksLikeDocumentLink(url: string): boolean {
  return /\.(pdf|docx?|odt|rtf)$/i.test(url.split(/[?#]/)[0] ?? '');
}

export function scoreLink(
  link: OutLink,
  page: { url: string; relevance: number },
  focus: LinkFocus,
): number {
  const inherited =
    WEIGHTS.pageUrl * topicScore(urlWords(page.url), focus) + WEIGHTS.pageRelevance * Math.max(0, page.relevance);
  // Two decimals: scores are compared for ordering, and float noise must not reorder ties.
  return Math.round((ownWords(link, focus) + inherited) * 100) / 100;
}

/**
 * What the link's own words (its text, address and context) are worth, without what it inherits
 * from the page it is on: a waiting address is raised only by this (a records page's link to
 * "Council tax" inherits that page's relevance, but says nothing new about where evidence is).
 */
export function ownLinkScore(link: OutLink, focus: LinkFocus): number {
  return Math.round(ownWords(link, focus) * 100) / 100;
}

function ownWords(link: OutLink, focus: LinkFocus): number {
  const linkUrl = urlWords(link.url);
  const positive =
    WEIGHTS.anchor * topicScore(link.text, focus) +
    WEIGHTS.url * topicScore(linkUrl, focus) +
    WEIGHTS.context * topicScore(link.context, focus);
  const penalty = WEIGHTS.anchor * penaltyScore(link.text, focus) + WEIGHTS.url * penaltyScore(linkUrl, focus);
  const documentBonus = positive > 0 && looksLikeDocumentLink(link.url) ? WEIGHTS.documentBonus : 0;
  return positive - penalty + documentBonus;
}
