import type { FetchedWith } from '../core/index.js';

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
