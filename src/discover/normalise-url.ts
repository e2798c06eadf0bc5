/** Query parameters that only track campaigns or clicks; they never change the page. */
const TRACKING_PARAMS = new Set([
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'yclid', 'twclid', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'srsltid', 'ref_src',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function paramName(pair: string): string {
  const raw = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One spelling per page, so the frontier and the ledger can dedupe:
 * drop the fragment and tracking parameters, sort the query, lowercase scheme and host (URL does),
 * strip the default port (URL does), and drop a trailing slash except on the root path.
 * Throws TypeError on something that is not an absolute URL; see tryNormaliseUrl.
 */
export function normaliseUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = '';
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    // Work on the raw pairs so their encoding (and a bare "?flag") survives untouched.
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)));
    // Stable sort by name keeps the relative order of repeated names (?a=2&a=1 stays as is).
    kept.sort((a, b) => compare(paramName(a), paramName(b)));
    u.search = kept.length ? `?${kept.join('&')}` : '';
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1);
  }
  return u.href;
}

/** normaliseUrl for http(s) URLs only; anything else (mailto:, tel:, javascript:, junk) gives undefined. */
export function tryNormaliseUrl(url: string, base?: string): string | undefined {
  try {
    const abs = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
    if (abs.protocol !== 'http:' && abs.protocol !== 'https:') return undefined;
    return normaliseUrl(abs.href);
  } catch {
    return undefined;
  }
}
