// The one redirect loop: the HTTP client, the crawl's polite requester and the browser's page
// loads all follow a chain one hop at a time, so each hop can be checked (address guard, site,
// robots.txt, per-origin gap) before it is made. Only what a hop is differs between them.

/** How many redirects one request may follow before it is an error. */
export const MAX_REDIRECTS = 10;

export interface Hop<T> {
  /** what this hop answered, returned when the chain ends here */
  result: T;
  /** absolute URL to load next: set only for a redirect the caller chose to follow */
  next?: string;
}

export interface RedirectChain<T> {
  result: T;
  /** the URL of the last hop */
  finalUrl: string;
  /** every followed target, in order */
  redirects: string[];
}

/**
 * Calls `hop` from `start` until a hop is not a redirect to follow. More than MAX_REDIRECTS
 * followed redirects throw `tooMany()`, before the next hop is made.
 */
export async function followRedirects<T>(start: string, hop: (url: string) => Promise<Hop<T>>, tooMany: () => Error): Promise<RedirectChain<T>> {
  const redirects: string[] = [];
  let current = start;
  for (;;) {
    const { result, next } = await hop(current);
    if (next === undefined) return { result, finalUrl: current, redirects };
    if (redirects.length >= MAX_REDIRECTS) throw tooMany();
    redirects.push(next);
    current = next;
  }
}

/** The absolute target of a 3xx response with a usable Location, else undefined. */
export function redirectTarget(status: number, location: string | undefined, base: string): string | undefined {
  if (status < 300 || status >= 400 || location === undefined) return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}
