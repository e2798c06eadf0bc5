// Relevance feedback for the focused crawl: a page that held evidence is the best clue to where
// the rest sits. Its links into its own corner of the site (its children, and its siblings under
// a parent that is not the home page) are read next, whatever their words: records pages are
// often split into short pages with plain link texts ("Ask for your file", "How we are doing").
// Navigation that leaves that corner (council tax, bins) gains nothing.

const segmentsOf = (url: URL): string[] => url.pathname.split('/').filter(Boolean);

/** Whether `link` lies below `page`, or beside it under a parent other than the site's root. */
export function isNearEvidence(link: string, page: string): boolean {
  let l: URL;
  let p: URL;
  try {
    l = new URL(link);
    p = new URL(page);
  } catch {
    return false;
  }
  if (l.host !== p.host) return false;
  const ls = segmentsOf(l);
  const ps = segmentsOf(p);
  const below = (prefix: string[]): boolean => prefix.length > 0 && ls.length > prefix.length && prefix.every((s, i) => ls[i] === s);
  return below(ps) || (ps.length >= 2 && below(ps.slice(0, -1)));
}
