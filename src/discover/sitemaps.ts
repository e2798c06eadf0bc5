import { gunzipSync } from 'node:zlib';
import { isFetchError } from '../fetch/index.js';
import type { Problem } from '../core/index.js';
import type { PoliteRequester } from './polite-requester.js';

export const MAX_SITEMAP_FILES = 20;
export const MAX_SITEMAP_URLS = 5_000;
/** The sitemap protocol's own limit on one file, uncompressed: a gzip that inflates past it is refused while inflating. */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

export interface ParsedSitemap {
  /** sitemapindex -> more sitemaps; urlset -> pages */
  kind: 'index' | 'urlset' | 'unknown';
  locs: string[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => XML_ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .trim();
}

/** Sitemaps are simple enough for a tolerant regex reader (namespaces and prefixes allowed). */
export function parseSitemap(xml: string): ParsedSitemap {
  const kind = /<(?:\w+:)?sitemapindex[\s>]/i.test(xml) ? 'index' : /<(?:\w+:)?urlset[\s>]/i.test(xml) ? 'urlset' : 'unknown';
  const locs: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?loc>([\s\S]*?)<\/(?:\w+:)?loc>/gi)) {
    const loc = unescapeXml(m[1] ?? '');
    if (loc) locs.push(loc);
  }
  return { kind, locs };
}

export interface SitemapReadResult {
  pageUrls: string[];
  problems: Problem[];
  filesRead: number;
}

/**
 * Breadth-first over sitemap indexes, at most MAX_SITEMAP_FILES files and MAX_SITEMAP_URLS pages.
 * `explicit` sitemaps (named in robots.txt) that fail become problems; a guessed /sitemap.xml that
 * is missing is just absent.
 */
export async function readSitemaps(
  start: { url: string; explicit: boolean }[],
  requester: PoliteRequester,
  isInSite: (url: string) => boolean,
): Promise<SitemapReadResult> {
  const queue = [...start];
  const seen = new Set<string>();
  const pageUrls: string[] = [];
  const problems: Problem[] = [];
  let filesRead = 0;
  while (queue.length > 0 && filesRead < MAX_SITEMAP_FILES && pageUrls.length < MAX_SITEMAP_URLS) {
    const next = queue.shift()!;
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
      for (const loc of parsed.locs) queue.push({ url: loc, explicit: true });
    } else if (parsed.kind === 'urlset') {
      pageUrls.push(...parsed.locs.slice(0, MAX_SITEMAP_URLS - pageUrls.length));
    } else if (next.explicit) {
      problems.push({ url: next.url, kind: 'parse-error', message: 'sitemap is neither a urlset nor a sitemap index' });
    }
  }
  return { pageUrls, problems, filesRead };
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
