import type { OutLink } from '../core/index.js';
import { normaliseWhitespace } from '../core/index.js';
import { HEADING_LEVEL, type DomNode, attr, isElement, tagName, textOf } from './dom.js';

const LANDMARKS = new Set(['nav', 'footer', 'header', 'aside']);
const ROLE_LANDMARKS: Readonly<Record<string, string>> = {
  navigation: 'nav',
  contentinfo: 'footer',
  banner: 'header',
  complementary: 'aside',
};

/** Links kept per page, in document order: enough for any real index page, bounded for a hostile one. */
export const MAX_LINKS_PER_PAGE = 5_000;

interface Landmark {
  label: string;
  lastHeading: string;
}

/** What a page's relative links resolve against: its <base href> when valid, else the page itself (a broken <base> is ignored). */
export function baseUrlOf(pageUrl: string, baseHref?: string): string {
  if (!baseHref) return pageUrl;
  try {
    return new URL(baseHref, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** Resolve an href against the page (or its <base>); undefined for script/data links and same-page anchors. */
export function resolveHref(href: string, base: string, pageUrl: string): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|data|vbscript):/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) return undefined;
  if (url.hash) {
    const withoutHash = new URL(url.href);
    withoutHash.hash = '';
    if (withoutHash.href === pageUrl.split('#')[0] && trimmed.startsWith('#')) return undefined;
  }
  return url.href;
}

function landmarkOf(node: DomNode): string | undefined {
  const name = tagName(node);
  const role = attr(node, 'role');
  if (role && ROLE_LANDMARKS[role]) return ROLE_LANDMARKS[role];
  return LANDMARKS.has(name) ? name : undefined;
}

function anchorText(node: DomNode): string {
  const text = normaliseWhitespace(textOf(node));
  if (text) return text;
  const labelled = attr(node, 'aria-label') ?? attr(node, 'title');
  if (labelled) return normaliseWhitespace(labelled);
  // An image-only link: use the image's alt text.
  // Breadth-first with a read index: shift() would make a big subtree quadratic.
  const queue = [...(node.children ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    if (tagName(n) === 'img' && attr(n, 'alt')) return normaliseWhitespace(attr(n, 'alt') ?? '');
    for (const child of n.children ?? []) queue.push(child);
  }
  return '';
}

/**
 * Every <a href> of the whole page (navigation and footer included: the crawler needs them),
 * in document order. context = nearest heading above the link; inside a landmark (nav,
 * footer, header, aside) the nearest heading inside it, else the landmark's aria-label or name.
 */
export function collectLinks(root: DomNode, pageUrl: string, baseHref?: string, unread: { links: number } = { links: 0 }): OutLink[] {
  const base = baseUrlOf(pageUrl, baseHref);
  const links: OutLink[] = [];
  const landmarks: Landmark[] = [];
  let lastHeading = '';

  const visit = (node: DomNode): void => {
    if (!isElement(node) && node.type !== 'root') return;
    const name = tagName(node);
    if (name === 'script' || name === 'style' || name === 'template') return;
    if (HEADING_LEVEL[name] !== undefined) {
      const text = normaliseWhitespace(textOf(node));
      if (text) {
        lastHeading = text;
        const current = landmarks[landmarks.length - 1];
        if (current) current.lastHeading = text;
      }
    }
    if (name === 'a' && attr(node, 'href') !== undefined && links.length >= MAX_LINKS_PER_PAGE) unread.links++;
    else if (name === 'a' && attr(node, 'href') !== undefined) {
      const url = resolveHref(attr(node, 'href') ?? '', base, pageUrl);
      if (url) {
        const current = landmarks[landmarks.length - 1];
        const context = current ? current.lastHeading || current.label : lastHeading;
        links.push({ url, text: anchorText(node), context });
      }
    }
    const landmark = isElement(node) ? landmarkOf(node) : undefined;
    if (landmark) landmarks.push({ label: normaliseWhitespace(attr(node, 'aria-label') ?? '') || landmark, lastHeading: '' });
    for (const child of node.children ?? []) visit(child);
    if (landmark) landmarks.pop();
  };
  visit(root);
  return links;
}
