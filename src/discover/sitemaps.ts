import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { isFetchError } from '../fetch/index.js';
import type { Problem } from '../core/index.js';
import type { PoliteRequester } from './polite-requester.js';

export const MAX_SITEMAP_FILES = 20;
/**
 * The protocol's own limit on one file. Addresses cost nothing until fetched (the frontier ranks them
 * by their words and the budget takes the best), so a 20,000-page site's one sitemap is read whole.
 */
export const MAX_SITEMAP_URLS = 50_000;
/** The sitemap protocol's own limit on one file, uncompressed: a gzip that inflates past it is refused while inflating. */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

export interface ParsedSitemap {
  /** sitemapindex -> more sitemaps; urlset -> pages */
  kind: 'index' | 'urlset' | 'unknown';
  locs: string[];
}

/**
 * Read with htmlparser2's XML mode, streaming (no document tree, so a 50 MB sitemap stays small):
 * entities, numeric references, CDATA and namespace prefixes (`<sm:loc>`) are the parser's job.
 * The first element names the kind, a `loc` anywhere holds an address; markup inside a `loc` is dropped.
 */
export function parseSitemap(xml: string): ParsedSitemap {
  let kind: ParsedSitemap['kind'] | undefined;
  const locs: string[] = [];
  let inLoc = 0;
  let text = '';
  const local = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();
  const parser = new Parser(
    {
      onopentag(name) {
        const tag = local(name);
        kind ??= tag === 'sitemapindex' ? 'index' : tag === 'urlset' ? 'urlset' : 'unknown';
        if (tag === 'loc' && inLoc++ === 0) text = '';
      },
      ontext(data) {
        if (inLoc > 0) text += data;
      },
      onclosetag(name, implied) {
        if (local(name) !== 'loc' || inLoc === 0) return;
        // a loc closed only by the end of a truncated file is a cut-off address: dropped
        if (--inLoc === 0 && !implied && text.trim()) locs.push(text.trim());
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.end(xml);
  return { kind: kind ?? 'unknown', locs };
}

export interface SitemapReadResult {
  pageUrls: string[];
  problems: Problem[];
  filesRead: number;
  /** sitemap files listed by an index but left unread (the file limit) */
  filesLeft: number;
}

interface QueuedSitemap {
  url: string;
  explicit: boolean;
  rank: number;
  seq: number;
}

/** The best-ranked waiting sitemap (ties: the order they were listed), removed from the queue. */
function takeBest(queue: QueuedSitemap[]): QueuedSitemap {
  let best = 0;
  for (let i = 1; i < queue.length; i++) {
    const a = queue[i]!;
    const b = queue[best]!;
    if (a.rank > b.rank || (a.rank === b.rank && a.seq < b.seq)) best = i;
  }
  return queue.splice(best, 1)[0]!;
}

/**
 * Over sitemap indexes, at most MAX_SITEMAP_FILES files and MAX_SITEMAP_URLS pages. An index's files
 * are read best `rank` first (the crawl ranks a file's address by its words, so
 * sitemap-children-services.xml comes before sitemap-news-2019.xml when an index lists more than the
 * limit); the named start files come first. `explicit` sitemaps (named in robots.txt or an index)
 * that fail become problems; a guessed /sitemap.xml that is missing is just absent.
 */
export async function readSitemaps(
  start: { url: string; explicit: boolean }[],
  requester: PoliteRequester,
  isInSite: (url: string) => boolean,
  rank: (url: string) => number = () => 0,
): Promise<SitemapReadResult> {
  let seq = 0;
  const queue: QueuedSitemap[] = start.map((s) => ({ ...s, rank: Number.POSITIVE_INFINITY, seq: seq++ }));
  const seen = new Set<string>();
  const pageUrls: string[] = [];
  const problems: Problem[] = [];
  let filesRead = 0;
  while (queue.length > 0 && filesRead < MAX_SITEMAP_FILES && pageUrls.length < MAX_SITEMAP_URLS) {
    const next = takeBest(queue);
    if (seen.has(next.url) || !isInSite(next.url)) continue;
    seen.add(next.url);
    filesRead++;
    let xml: string;
    try {
      const res = await requester.get(next.url, (_from, to) => isInSite(to));
      if (res.status < 200 || res.status >= 300) {
        if (next.explicit) problems.push({ url: next.url, kind: 'http-error', message: `sitemap answered HTTP ${res.status}` });
        continue;
      }
      const decoded = decodeBody(res.body);
      if (decoded === undefined) {
        problems.push({ url: next.url, kind: 'too-large', message: `sitemap inflates to more than ${MAX_SITEMAP_BYTES / 1048576} MB (the sitemap limit): not read` });
        continue;
      }
      xml = decoded;
    } catch (err) {
      if (next.explicit) {
        const kind = isFetchError(err) && (err.kind === 'timeout' || err.kind === 'refused') ? err.kind : 'network-error';
        problems.push({ url: next.url, kind, message: `sitemap could not be read: ${err instanceof Error ? err.message : String(err)}` });
      }
      continue;
    }
    const parsed = parseSitemap(xml);
    if (parsed.kind === 'index') {
      for (const loc of parsed.locs) if (!seen.has(loc)) queue.push({ url: loc, explicit: true, rank: rank(loc), seq: seq++ });
    } else if (parsed.kind === 'urlset') {
      pageUrls.push(...parsed.locs.slice(0, MAX_SITEMAP_URLS - pageUrls.length));
    } else if (next.explicit) {
      problems.push({ url: next.url, kind: 'parse-error', message: 'sitemap is neither a urlset nor a sitemap index' });
    }
  }
  const filesLeft = new Set(queue.map((q) => q.url).filter((u) => !seen.has(u) && isInSite(u))).size;
  return { pageUrls, problems, filesRead, filesLeft };
}

/** The sitemap's text; undefined when it inflates (or is) over MAX_SITEMAP_BYTES. */
export function decodeBody(body: Buffer, maxBytes = MAX_SITEMAP_BYTES): string | undefined {
  // .xml.gz sitemaps are common; gzip magic is 1f 8b. zlib stops inflating at maxOutputLength.
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      return gunzipSync(body, { maxOutputLength: maxBytes }).toString('utf8');
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? undefined : '';
    }
  }
  return body.length > maxBytes ? undefined : body.toString('utf8');
}
