import type { DocKind, ExtractedDocument, FetchedWith, OutLink, TextBlock } from '../core/index.js';

/** What every extractor needs to know about where the bytes came from. */
export interface DocMeta {
  url: string;
  contentHash: string;
  fetchedAt: string;
  fetchedWith: FetchedWith;
}

/** Words with at least one letter or digit: punctuation-only tokens do not count. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** The parts every extractor assembles the same way: provenance, text from the blocks, word count. */
export function documentFromBlocks(
  meta: DocMeta,
  kind: DocKind,
  blocks: TextBlock[],
  rest: { title: string; links?: OutLink[]; breadcrumb?: string[]; lang?: string; looksScriptBuilt?: boolean },
): ExtractedDocument {
  const text = blocks.map((b) => b.text).join('\n\n');
  return {
    url: meta.url,
    title: rest.title,
    kind,
    contentHash: meta.contentHash,
    fetchedAt: meta.fetchedAt,
    fetchedWith: meta.fetchedWith,
    ...(rest.lang ? { lang: rest.lang } : {}),
    blocks,
    text,
    wordCount: countWords(text),
    links: rest.links ?? [],
    breadcrumb: rest.breadcrumb ?? [],
    looksScriptBuilt: rest.looksScriptBuilt ?? false,
  };
}
