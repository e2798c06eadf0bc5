// What the crawl budget left unread, in plain sentences for the terminal and the HTML report.
import { suggestedMaxPages, type AuditReport } from '../core/index.js';

export function budgetSentences(r: AuditReport): string[] {
  const b = r.crawlBudget;
  if (!b) return [];
  const ids = [...r.criteria, ...r.packs.flatMap((p) => p.criteria)].filter((c) => c.uncertain).map((c) => c.id);
  const links = `${b.promising} promising link${b.promising === 1 ? '' : 's'}`;
  const unique = [...new Set(ids)];
  const which = unique.length ? `${unique.join(', ')} ${unique.length === 1 ? 'is' : 'are'} not certain; ` : '';
  const advice = `try --max-pages ${suggestedMaxPages(b)}.`;
  return [`Crawl budget ran out (--max-pages ${b.maxPages}): ${links} unvisited.`, which ? `${which}raise it: ${advice}` : `Raise it: ${advice}`];
}

/** An early stop (report.earlyStop), in one sentence: how many pages were read and how many of the last added nothing. */
export function earlyStopSentence(r: AuditReport): string[] {
  const e = r.earlyStop;
  if (!e) return [];
  return [`Stopped early after ${e.pagesFetched} page${e.pagesFetched === 1 ? '' : 's'}: the last ${e.quietPages} added no evidence (--patience ${e.patience}).`];
}
