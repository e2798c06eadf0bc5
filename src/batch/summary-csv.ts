import { csvCell } from '../report/index.js';
import type { BatchSummary } from './summary.js';

const FIXED = ['slug', 'code', 'name', 'nation', 'authority_type', 'url', 'outcome', 'score', 'complete', 'clearmark_ready'];

/**
 * summary.csv: the contract's columns, one column per criterion, then `waived` (criterion: reason; ...)
 * `uncertain` (criteria the crawl budget left uncertain, space-separated) and `unreadable` (how many
 * relevant documents could not be read; 0 for an audited site with none, blank without a report).
 * Then, for each further pack (report packs[], e.g. legal-accuracy, on by default), additive columns
 * `<pack>:score`, `<pack>:complete` and `<pack>:<criterion>`, blank for a site without that pack.
 */
export function renderSummaryCsv(s: BatchSummary): string {
  const ids = s.criteriaList.length ? s.criteriaList.map((c) => c.id) : ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'];
  const packs = furtherPacks(s);
  const packHeader = packs.flatMap(({ id, criteria }) => [`${id}:score`, `${id}:complete`, ...criteria.map((c) => `${id}:${c}`)]);
  const lines = [[...FIXED, ...ids, 'waived', 'uncertain', 'unreadable', ...packHeader].map(csvCell).join(',')];
  for (const site of s.sites) {
    const waived = Object.entries(site.waived ?? {}).map(([id, reason]) => `${id}: ${reason}`).join('; ');
    lines.push(
      [site.slug, site.code, site.name, site.nation, site.authorityType, site.url, site.outcome, site.score, site.complete, site.clearmarkReady, ...ids.map((id) => site.criteria[id] ?? ''), waived, (site.uncertain ?? []).join(' '), site.report ? (site.unreadable ?? 0) : '', ...packCells(site, packs)]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The further packs of any site, in the order they first appear, each with its criteria in order. */
function furtherPacks(s: BatchSummary): { id: string; criteria: string[] }[] {
  const packs = new Map<string, string[]>();
  for (const site of s.sites) {
    for (const [id, p] of Object.entries(site.packs ?? {})) {
      const criteria = packs.get(id) ?? [];
      for (const c of Object.keys(p.criteria)) if (!criteria.includes(c)) criteria.push(c);
      packs.set(id, criteria);
    }
  }
  return [...packs].map(([id, criteria]) => ({ id, criteria }));
}

function packCells(site: BatchSummary['sites'][number], packs: { id: string; criteria: string[] }[]): (string | number | boolean | null)[] {
  return packs.flatMap(({ id, criteria }): (string | number | boolean | null)[] => {
    const p = site.packs?.[id];
    return p ? [p.score, p.complete, ...criteria.map((c) => p.criteria[c] ?? '')] : ['', '', ...criteria.map(() => '')];
  });
}
