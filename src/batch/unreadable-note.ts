// What a campaigner must not miss in a batch: relevant documents that could not be read. Their
// criteria say `error`, not `not_met`, and may change once the documents can be read.
import type { BatchSummary, SummarySite } from './summary.js';

const MAX_SITES = 10;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "3 relevant documents unreadable" for one site; empty when none. */
export function siteUnreadableText(site: Pick<SummarySite, 'unreadable'>): string {
  return site.unreadable ? `${plural(site.unreadable, 'relevant document', 'relevant documents')} unreadable` : '';
}

/** The kinds of problem, counted: "parse-error 2, timeout 1". */
export function unreadableKinds(site: Pick<SummarySite, 'unreadableDocuments'>): string {
  const counts = new Map<string, number>();
  for (const d of site.unreadableDocuments ?? []) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
}

/** The batch total as one sentence; empty when every relevant document was read. */
export function unreadableTotalSentence(s: BatchSummary): string {
  const { unreadable, unreadableSites } = s.counts;
  if (!unreadable) return '';
  return `${plural(unreadable, 'relevant document', 'relevant documents')} could not be read on ${plural(unreadableSites, 'site', 'sites')} (broken, password-protected, timed out, too large or a format not read): the criteria they may hold evidence for say error, not not met, and may change once they can be read.`;
}

/** Lines for the batch's terminal summary: the total, then the sites with the most unreadable documents. */
export function unreadableLines(s: BatchSummary): string[] {
  const total = unreadableTotalSentence(s);
  if (!total) return [];
  const sites = s.sites.filter((x) => x.unreadable).sort((a, b) => (b.unreadable ?? 0) - (a.unreadable ?? 0) || (a.slug < b.slug ? -1 : 1));
  const lines = [total];
  for (const site of sites.slice(0, MAX_SITES)) lines.push(`  ${site.slug}: ${siteUnreadableText(site)} (${unreadableKinds(site)})`);
  if (sites.length > MAX_SITES) lines.push(`  and ${sites.length - MAX_SITES} more sites: see the Unreadable column of index.html`);
  return lines;
}
