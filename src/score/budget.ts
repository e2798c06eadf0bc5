// A crawl that ran out of budget with promising links unvisited cannot call a negative certain
// (architecture: "never call a not_met certain"). The criteria those links could still meet are
// marked `uncertain`, the summary is not complete, and a problem says to raise --max-pages.
import { suggestedMaxPages, type AuditReport, type CrawlBudget, type CriterionVerdict, type Problem, type Status } from '../core/index.js';
import type { LoadedPack } from '../rules/index.js';
import { summarise } from './score.js';

/** A link scoring this much or more points at the subject (a care/records word in its text, address or heading). */
export const PROMISING_SCORE = 1;
const MAX_LISTED = 20;
/** Verdicts more pages could still change for the better. */
const IMPROVABLE: ReadonlySet<Status> = new Set(['not_met', 'partial', 'needs_evidence']);

/** What the budget left behind, or undefined when nothing promising was left unvisited. */
export function crawlBudgetOf(unvisited: Array<{ url: string; score: number }>, maxPages: number): CrawlBudget | undefined {
  const promising = unvisited
    .filter((u) => u.score >= PROMISING_SCORE)
    .sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  if (promising.length === 0) return undefined;
  return { maxPages, skipped: unvisited.length, promising: promising.length, unvisited: promising.slice(0, MAX_LISTED).map((u) => u.url) };
}

function sentence(budget: CrawlBudget, c: CriterionVerdict): string {
  const n = budget.promising;
  const could = c.status === 'partial' ? 'could be fully met' : 'could be met';
  return `Not certain: the crawl stopped at --max-pages ${budget.maxPages} with ${n} promising link${n === 1 ? '' : 's'} unvisited (such as ${budget.unvisited[0]}); this ${could} on pages we did not read. Raise --max-pages to ${suggestedMaxPages(budget)} or more.`;
}

function markCriteria(criteria: CriterionVerdict[], pack: LoadedPack | undefined, budget: CrawlBudget): CriterionVerdict[] {
  const words = (id: string): string[] => pack?.def.criteria.find((c) => c.id === id)?.documentWords ?? [];
  const tied = (url: string, id: string): boolean => words(id).some((w) => url.toLowerCase().includes(w));
  // As for unreadable documents: an address tied by its words to one criterion only affects that one.
  const affects = (url: string, id: string): boolean => tied(url, id) || !criteria.some((other) => tied(url, other.id));
  return criteria.map((c) => (IMPROVABLE.has(c.status) && budget.unvisited.some((u) => affects(u, c.id)) ? { ...c, uncertain: sentence(budget, c) } : c));
}

function byUrlAndKind(a: Problem, b: Problem): number {
  const ka = `${a.url}\n${a.kind}`;
  const kb = `${b.url}\n${b.kind}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Marks the criteria the unvisited links could still change, in the primary pack and every further
 * one, recomputes the summaries (not complete) and records the budget and a problem. Pure.
 */
export function applyCrawlBudget(report: AuditReport, budget: CrawlBudget | undefined, packs: LoadedPack[], startUrl: string): AuditReport {
  if (!budget) return report;
  const criteria = markCriteria(report.criteria, packs[0], budget);
  const others = report.packs.map((p, i) => {
    const marked = markCriteria(p.criteria, packs[i + 1], budget);
    return { ...p, criteria: marked, summary: summarise(marked, p.summary.sources, packs[i + 1]?.def.scoring?.levels) };
  });
  const affected = [...criteria, ...others.flatMap((p) => p.criteria)].some((c) => c.uncertain);
  const problems: Problem[] = affected
    ? [
        ...report.problems,
        {
          url: startUrl,
          kind: 'budget-exhausted' as const,
          message: `the crawl budget (--max-pages ${budget.maxPages}) ran out with ${budget.promising} promising link${budget.promising === 1 ? '' : 's'} unvisited; verdicts short of "met" are not certain. Raise --max-pages to ${suggestedMaxPages(budget)} or more.`,
        },
      ].sort(byUrlAndKind)
    : report.problems;
  return { ...report, criteria, packs: others, summary: summarise(criteria, report.summary.sources, packs[0]?.def.scoring?.levels), problems, crawlBudget: budget };
}
