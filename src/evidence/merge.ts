// The documents of the evidence folder join the audit's own documents (a site's crawl or local files).
import type { EvidenceInput } from '../core/index.js';
import { readLocalTarget, type Clock, type CrawlResult } from '../discover/index.js';
import type { BodyStore } from '../fetch/index.js';
import { roleOf } from './folder.js';

export async function addEvidenceDocuments(crawl: CrawlResult, input: EvidenceInput, deps: { bodies: BodyStore; clock: Clock }): Promise<{ crawl: CrawlResult; evidence: EvidenceInput }> {
  const extra = await readLocalTarget([input.folder], deps);
  const urls = new Set(crawl.sources.map((s) => s.url));
  const hashes = new Set(crawl.resources.map((r) => r.contentHash));
  const resources = extra.resources.filter((r) => !urls.has(r.url) && !hashes.has(r.contentHash));
  const kept = new Set(resources.map((r) => r.url));
  const sources = extra.sources.filter((s) => !urls.has(s.url) && (s.outcome !== 'assessed' || kept.has(s.url)));
  const roles = [...new Set([...kept, ...extra.resources.map((r) => r.url)])]
    .sort()
    .map((url) => ({ url, role: roleOf(input.folder, url) ?? 'other' }));
  return {
    crawl: { ...crawl, resources: [...crawl.resources, ...resources], sources: [...crawl.sources, ...sources], problems: [...crawl.problems, ...extra.problems] },
    evidence: { ...input, roles },
  };
}
