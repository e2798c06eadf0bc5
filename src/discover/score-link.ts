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
 * Phrase weights: 3 = the subject itself, 2 = the services around it, 1 = weak hints.
 */
const TOPIC_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['care leaver', 3],
  ['leaving care', 3],
  ['care experienced', 3],
  ['care records', 3],
  ['childhood records', 3],
  ['access to records', 3],
  ['access your records', 3],
  ['access to your records', 3],
  ['subject access', 3],
  ['local offer', 3],
  ['childrens services', 2],
  ['childrens social care', 2],
  ['children in care', 2],
  ['looked after', 2],
  ['data protection', 2],
  ['personal information', 2],
  ['personal data', 2],
  ['your information', 2],
  ['your records', 2],
  ['records', 2],
  ['sar', 2],
  ['gdpr', 1],
  ['privacy', 1],
  ['information governance', 1],
  ['social care', 1],
  ['foster', 1],
  ['children', 1],
  ['young people', 1],
  ['care', 1],
];

const VOLUNTARY_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['former residents', 3],
  ['our history', 3],
  ['our records', 3],
  ['family history', 3],
  ['archives', 2],
  ['archive', 2],
  ['heritage', 1],
];

/** Sections a care leaver's records page never sits under. */
const PENALTY_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['council tax', 3],
  ['business rates', 3],
  ['parking', 3],
  ['bins', 3],
  ['recycling', 3],
  ['waste', 2],
  ['planning', 2],
  ['licensing', 2],
  ['jobs', 2],
  ['vacancies', 2],
  ['libraries', 1],
  ['leisure', 1],
  ['events', 1],
  ['news', 1],
  ['cookies', 1],
  ['accessibility statement', 1],
];

const FIELD_CAP = 9;
const WEIGHTS = { anchor: 1, url: 0.6, context: 0.5, pageUrl: 0.25, pageRelevance: 0.2, documentBonus: 0.5 };

type WeightedTerms = ReadonlyArray<readonly [CompiledTerm, number]>;
const compile = (phrases: ReadonlyArray<readonly [string, number]>): WeightedTerms => phrases.map(([p, w]) => [compileTerm(p), w] as const);
const TOPIC = compile(TOPIC_PHRASES);
const VOLUNTARY = compile(VOLUNTARY_PHRASES);
const PENALTY = compile(PENALTY_PHRASES);

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

/** How strongly a piece of text points at our subject, capped; voluntary agencies add their own words. */
export function topicScore(text: string, orgType: OrgType = 'local-authority'): number {
  const index = indexOf(text);
  let total = phraseTotal(index, TOPIC);
  if (orgType === 'voluntary-agency') total += phraseTotal(index, VOLUNTARY);
  return Math.min(total, FIELD_CAP);
}

function penaltyScore(text: string): number {
  return Math.min(phraseTotal(indexOf(text), PENALTY), FIELD_CAP);
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
  orgType: OrgType = 'local-authority',
): number {
  const linkUrl = urlWords(link.url);
  const positive =
    WEIGHTS.anchor * topicScore(link.text, orgType) +
    WEIGHTS.url * topicScore(linkUrl, orgType) +
    WEIGHTS.context * topicScore(link.context, orgType);
  const inherited =
    WEIGHTS.pageUrl * topicScore(urlWords(page.url), orgType) + WEIGHTS.pageRelevance * Math.max(0, page.relevance);
  const penalty = WEIGHTS.anchor * penaltyScore(link.text) + WEIGHTS.url * penaltyScore(linkUrl);
  const documentBonus = positive > 0 && looksLikeDocumentLink(link.url) ? WEIGHTS.documentBonus : 0;
  // Two decimals: scores are compared for ordering, and float noise must not reorder ties.
  return Math.round((positive + inherited - penalty + documentBonus) * 100) / 100;
}
