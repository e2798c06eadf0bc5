import type { CheerioAPI } from 'cheerio';
import { normaliseWhitespace } from '../core/index.js';

// Page furniture that is not content. Cookie/consent matching is by substring (vendors vary:
// "CybotCookiebotDialog", "ccc-consent"); the others by whole class/id word so that
// e.g. "shared-care" is not taken for a share widget.
// Word-matched widgets are only dropped when short, so a content section that happens to be
// called "feedback" survives.
const FURNITURE_WORDS = ['breadcrumb', 'breadcrumbs', 'share', 'sharing', 'sharethis', 'feedback', 'helpful', 'rating', 'skip', 'skiplink', 'socialmedia'];
const FURNITURE_PATTERN = /social[-_ ]?(media|links|share|icons)/;
const FURNITURE_SUBSTRINGS = ['cookie', 'consent', 'gdpr'];
const MAX_WIDGET_CHARS = 300;

const BREADCRUMB_SELECTOR = [
  'nav[aria-label*="readcrumb" i]',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[itemtype*="BreadcrumbList"]',
].join(', ');

function classIdWords(cls: string | undefined, id: string | undefined): string[] {
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Breadcrumb trail as text items, read before the chrome is removed. */
export function readBreadcrumb($: CheerioAPI): string[] {
  const trail = $(BREADCRUMB_SELECTOR).first();
  if (!trail.length) return [];
  const items = trail.find('li').length ? trail.find('li') : trail.find('a');
  const out: string[] = [];
  items.each((_, el) => {
    const t = normaliseWhitespace($(el).text());
    if (t && !out.includes(t)) out.push(t);
  });
  return out;
}

/**
 * Remove navigation, banners, footers and widgets in place.
 * Decision on <aside>: kept when inside the main content AND it is mostly prose (a "contact
 * the records team" box is content); dropped when outside main or mostly links ("related pages").
 * <header> inside main/article is kept (it often holds the h1).
 */
export function removeChrome($: CheerioAPI): void {
  $('script, style, noscript, template, svg, iframe, select, textarea, input').remove();
  $('[aria-hidden="true"]').remove();
  $('nav, [role="navigation"], footer, [role="contentinfo"], [role="banner"]').remove();
  $(BREADCRUMB_SELECTOR).remove();
  $('header').each((_, el) => {
    if (!$(el).closest('main, [role="main"], article').length) $(el).remove();
  });
  $('aside, [role="complementary"]').each((_, el) => {
    const node = $(el);
    const inMain = node.closest('main, [role="main"], article').length > 0;
    // Headings do not count: "Related pages" + a list of links is still a list of links.
    const text = normaliseWhitespace(node.clone().find('h1, h2, h3, h4, h5, h6').remove().end().text());
    const linkText = normaliseWhitespace(node.find('a').text());
    const mostlyLinks = text.length === 0 || linkText.length / text.length > 0.7;
    if (!inMain || mostlyLinks) node.remove();
  });
  $('[class], [id]').each((_, el) => {
    const node = $(el);
    if (node.is('html, body, main, [role="main"]')) return;
    const words = classIdWords(node.attr('class'), node.attr('id'));
    const joined = words.join(' ');
    if (FURNITURE_SUBSTRINGS.some((s) => joined.includes(s))) {
      node.remove();
      return;
    }
    const widget = words.some((w) => FURNITURE_WORDS.includes(w)) || FURNITURE_PATTERN.test(joined);
    if (widget && normaliseWhitespace(node.text()).length <= MAX_WIDGET_CHARS) node.remove();
  });
  // Skip links and "was this page helpful?" widgets without tell-tale classes.
  $('a').each((_, el) => {
    if (/^skip to\b/i.test(normaliseWhitespace($(el).text()))) $(el).remove();
  });
  $('form, div, section').each((_, el) => {
    const node = $(el);
    const text = normaliseWhitespace(node.text());
    if (text.length < 200 && /^(was this (page|information) (helpful|useful)|is this page useful|share this page)/i.test(text)) {
      node.remove();
    }
  });
}

const MAIN_CANDIDATES = ['main', '[role="main"]', '#main-content', '#maincontent', '#content', '#main', '.main-content', 'article'];

/** The main content element (after chrome removal), else body. */
export function pickMain($: CheerioAPI): ReturnType<CheerioAPI> {
  for (const sel of MAIN_CANDIDATES) {
    const found = $(sel).first();
    if (found.length && normaliseWhitespace(found.text()).length > 0) return found;
  }
  return $('body').first().length ? $('body').first() : $.root();
}
