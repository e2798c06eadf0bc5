import { getDomain } from 'tldts';

/**
 * A "site" is a host without its leading www., plus a non-default port. http and https of the same
 * host are one site (councils redirect one to the other); politeness is still per origin.
 */
export function siteKey(url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  return u.port ? `${host}:${u.port}` : host;
}

/** The same site, or one of its subdomains (a council's local offer often lives on localoffer.<council>). */
export function isSameSite(url: string, key: string): boolean {
  try {
    const k = siteKey(url);
    return k === key || k.endsWith(`.${key}`);
  } catch {
    return false;
  }
}

/** scheme + host + port: the unit of politeness and of robots.txt. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/**
 * The registrable domain (leeds.gov.uk for www.leeds.gov.uk, by the public suffix list), or the
 * bare host for addresses and single-label names.
 */
export function registrableDomain(url: string): string {
  const host = new URL(url).hostname;
  return getDomain(host) ?? host;
}
