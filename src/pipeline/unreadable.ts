// Which resources we could not read may have held evidence. A document is relevant by its address
// or by what the site says about it: the text of the links to it and the heading above them
// ("Access to records policy (PDF)" at /downloads/file/1234). Kept apart from analyse.ts so the
// vocabulary (the pattern) is passed in.
import type { ExtractedDocument, FetchedResource, Problem, UnreadableDocument } from '../core/index.js';
import { tryNormaliseUrl } from '../discover/index.js';

/** An unreadable resource and what links to it say it is (joined link texts and headings). */
export type UnreadableSource = UnreadableDocument;

// Could not read it at all; a 404 is an answer (it is not there), a 5xx or a reset is not. A format
// this version cannot read (.odt, .rtf, .doc) is published yet unread: not evidence of absence.
const NOT_READ = new Set<Problem['kind']>(['render-unavailable', 'parse-error', 'too-large', 'timeout', 'network-error', 'unsupported-type']);

function notRead(p: Problem): boolean {
  return NOT_READ.has(p.kind) || (p.kind === 'http-error' && /^HTTP 5\d\d\b/.test(p.message));
}

const key = (url: string): string => tryNormaliseUrl(url) ?? url;

export function unreadableSources(problems: Problem[], documents: ExtractedDocument[], resources: FetchedResource[], relevant: RegExp): UnreadableSource[] {
  const about = new Map<string, Set<string>>();
  const add = (url: string, text: string): void => {
    if (!text) return;
    const k = key(url);
    const texts = about.get(k) ?? new Set<string>();
    texts.add(text);
    about.set(k, texts);
  };
  for (const doc of documents) for (const link of doc.links) add(link.url, [link.text, link.context].filter(Boolean).join(' / '));
  for (const r of resources) if (r.anchorText) add(r.url, r.anchorText);
  const out: UnreadableSource[] = [];
  for (const p of problems) {
    if (!notRead(p)) continue;
    const said = [...(about.get(key(p.url)) ?? [])].join(' | ');
    if (relevant.test(p.url) || (said && relevant.test(said))) out.push(said ? { ...p, about: said } : p);
  }
  return out;
}

/** The unreadable documents of several packs (each judges relevance by its own words), once each. */
export function mergeUnreadable(lists: UnreadableSource[][]): UnreadableSource[] {
  const seen = new Map<string, UnreadableSource>();
  for (const p of lists.flat()) if (!seen.has(`${p.url}\n${p.kind}`)) seen.set(`${p.url}\n${p.kind}`, p);
  return [...seen.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
