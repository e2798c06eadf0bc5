import { load, type CheerioAPI } from 'cheerio';
import type { ExtractedDocument, LanguageAlternate } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import type { DomNode } from './dom.js';
import { pickMain, readBreadcrumb, removeChrome } from './html-chrome.js';
import { walkBlocks } from './html-blocks.js';
import { boundHtml } from './html-bounds.js';
import { baseUrlOf, collectLinks, MAX_LINKS_PER_PAGE, resolveHref } from './html-links.js';
import { countWords, type DocMeta } from './meta.js';

/** Fewer words than this in main content, plus a script sign, means "probably built by script". */
const SCRIPT_BUILT_MAX_WORDS = 40;
const APP_ROOTS = '#root, #app, #__next, #___gatsby, #__nuxt, app-root, [data-reactroot], [ng-app], [data-v-app]';
const SCRIPT_FILLED_PANELS = '[data-src], [data-url], [data-endpoint], [data-api], [data-content-url]';

/** Strip a site suffix from <title>: "Care records | Harrowfield Council" -> "Care records". */
export function stripTitleSuffix(title: string): string {
  const t = normaliseWhitespace(title);
  const parts = t.split(/\s+[|\-–—:]\s+/);
  if (parts.length < 2) return t;
  return parts.slice(0, -1).join(' - ').trim() || t;
}

function hasScriptShellSigns($: CheerioAPI): boolean {
  if ($('script[src]').length > 0) return true;
  const emptyRoot = $(APP_ROOTS)
    .toArray()
    .some((el) => normaliseWhitespace($(el).text()).length === 0);
  if (emptyRoot) return true;
  const emptyPanel = $(SCRIPT_FILLED_PANELS)
    .toArray()
    .some((el) => normaliseWhitespace($(el).text()).length === 0 && !$(el).is('img, a, script, link, iframe'));
  if (emptyPanel) return true;
  return $('noscript')
    .toArray()
    .some((el) => /enable javascript|javascript (is )?(required|disabled)|turn on javascript/i.test($(el).text()));
}

/**
 * HTML page -> main-content blocks with heading paths; links from the whole page. Nesting and
 * element count are bounded first (see html-bounds), and a cut-off page says so in `truncated`.
 */
export function extractHtml(raw: string, meta: DocMeta, limits: { maxDepth?: number; maxElements?: number } = {}): ExtractedDocument {
  const { html, truncated } = boundHtml(raw, limits.maxDepth, limits.maxElements);
  const doc = extractHtmlOnce(html, meta);
  const cut = [truncated, doc.truncated].filter(Boolean).join('; ');
  return cut ? { ...doc, truncated: cut } : doc;
}

function extractHtmlOnce(html: string, meta: DocMeta): ExtractedDocument {
  try {
    return extractHtmlTree(html, meta);
  } catch (err) {
    // Thousands of unclosed <div>/<span>/<font> tags overflow the stack of a tree walk; the same
    // page with those wrappers removed keeps its text, headings and paragraphs.
    if (!(err instanceof RangeError)) throw err;
    return extractHtmlTree(html.replace(/<\/?(div|span|font|section|center|b|i|u|small|big)\b[^>]*>/gi, ' '), meta);
  }
}

function extractHtmlTree(html: string, meta: DocMeta): ExtractedDocument {
  const $ = load(html);
  const lang = normaliseWhitespace($('html').attr('lang') ?? '') || undefined;
  const unread = { links: 0 };
  const links = collectLinks($.root().get(0) as unknown as DomNode, meta.url, $('base[href]').attr('href'), unread);
  const alternates = readAlternates($, meta.url);
  const scriptSigns = hasScriptShellSigns($);
  const breadcrumb = readBreadcrumb($);
  const pageTitle = $('title').first().text();

  removeChrome($);
  const main = pickMain($);
  const blocks = walkBlocks(main.get(0) as unknown as DomNode, 'css');
  const text = blocks.map((b) => b.text).join('\n\n');
  const wordCount = countWords(text);

  const h1 = normaliseWhitespace(main.find('h1').first().text()) || normaliseWhitespace($('h1').first().text());
  const title = h1 || stripTitleSuffix(pageTitle);

  return {
    url: meta.url,
    title,
    kind: 'html',
    contentHash: meta.contentHash,
    fetchedAt: meta.fetchedAt,
    fetchedWith: meta.fetchedWith,
    ...(lang ? { lang } : {}),
    blocks,
    text,
    wordCount,
    links,
    breadcrumb,
    looksScriptBuilt: wordCount < SCRIPT_BUILT_MAX_WORDS && scriptSigns,
    ...(unread.links > 0 ? { truncated: linksCutOff(unread.links) } : {}),
    ...(alternates.length > 0 ? { alternates } : {}),
  };
}

/** The language versions a page declares: `<link rel="alternate" hreflang>` in its head, or a link with `hreflang`. */
function readAlternates($: CheerioAPI, pageUrl: string): LanguageAlternate[] {
  const base = baseUrlOf(pageUrl, $('base[href]').attr('href'));
  const out: LanguageAlternate[] = [];
  $('link[hreflang][href], a[hreflang][href]').each((_, el) => {
    const node = $(el);
    if (node.is('link') && !/(^|\s)alternate(\s|$)/i.test(node.attr('rel') ?? '')) return;
    const lang = normaliseWhitespace(node.attr('hreflang') ?? '');
    const url = resolveHref(node.attr('href') ?? '', base, pageUrl);
    if (lang && url && !out.some((a) => a.lang === lang && a.url === url)) out.push({ lang, url });
  });
  return out;
}

/** Links past the per-page cap are not followed: the report says how many. */
function linksCutOff(unread: number): string {
  return `page has ${MAX_LINKS_PER_PAGE + unread} links: only the first ${MAX_LINKS_PER_PAGE} were kept, ${unread} were not followed`;
}
