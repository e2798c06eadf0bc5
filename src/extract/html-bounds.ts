// Work budgets for HTML, applied to the raw text before parsing, in one linear pass: parse5 and
// the tree walks cost time in proportion to nesting depth per element (100,000 nested <div>s took
// minutes), and a page of millions of elements costs gigabytes.

/** Deeper than this, opening tags are dropped (their text kept): real pages stay under ~60. */
export const MAX_HTML_DEPTH = 256;
/** Elements read per page; the rest of the page is cut off and recorded as truncated. */
export const MAX_HTML_ELEMENTS = 100_000;

// Bounded, so a "<" without a ">" costs at most 4 KB of scanning, never the rest of the page.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]{0,4096}?(\/?)>/g;
// Never nest (void) or close themselves implicitly, so unclosed ones are not depth.
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rt', 'rp', 'html', 'head', 'body',
]);

export interface BoundedHtml {
  html: string;
  /** what was left out, for a recorded problem; undefined when the page was read whole */
  truncated?: string;
}

/**
 * Cut the page after MAX_HTML_ELEMENTS tags, and drop opening tags (and their closing tags) beyond
 * MAX_HTML_DEPTH so that the parser and walkers never see deeper nesting. Text is never dropped
 * by the depth rule, only wrappers. Returns the input itself when it is within both limits.
 */
export function boundHtml(html: string, maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS): BoundedHtml {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let cutAt = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[1]) {
      if (!NO_DEPTH.has(m[2]!.toLowerCase()) && depth > 0) depth--;
      continue;
    }
    if (++elements > maxElements) {
      cutAt = m.index;
      break;
    }
    if (!m[3] && !NO_DEPTH.has(m[2]!.toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  let out = cutAt >= 0 ? html.slice(0, cutAt) : html;
  if (deepest > maxDepth) out = flatten(out, maxDepth);
  if (cutAt < 0) return { html: out };
  return { html: out, truncated: `page has more than ${maxElements} elements: only the first ${maxElements} were read (${Math.round((100 * cutAt) / html.length)}% of the page)` };
}

/** Drop opening tags beyond maxDepth and the closing tags that match them (by name, innermost first). */
function flatten(html: string, maxDepth: number): string {
  let depth = 0;
  const dropped = new Map<string, number>();
  return html.replace(TAG, (tag: string, close: string, rawName: string, selfClosing: string) => {
    const name = rawName.toLowerCase();
    if (NO_DEPTH.has(name) || selfClosing) return tag;
    if (close) {
      const n = dropped.get(name) ?? 0;
      if (n > 0) {
        dropped.set(name, n - 1);
        return ' ';
      }
      if (depth > 0) depth--;
      return tag;
    }
    if (depth >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return ' ';
    }
    depth++;
    return tag;
  });
}
