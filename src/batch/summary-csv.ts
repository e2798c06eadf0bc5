import { csvCell } from '../report/index.js';
import type { BatchSummary } from './summary.js';
import { furtherPacks, packCsvCells, packCsvHeader } from './summary-packs.js';

const FIXED = ['slug', 'code', 'name', 'nation', 'authority_type', 'url', 'outcome', 'score', 'complete', 'clearmark_ready'];

/**
 * summary.csv: the contract's columns, one column per criterion, then `waived` (criterion: reason; ...)
 * `uncertain` (criteria the crawl budget left uncertain, space-separated) and `unreadable` (how many
 * relevant documents could not be read; 0 for an audited site with none, blank without a report),
 * then per further pack `<pack>/score`, `<pack>/complete` and `<pack>/<criterion>` (summary-packs.ts).
 */
export function renderSummaryCsv(s: BatchSummary): string {
  const ids = s.criteriaList.length ? s.criteriaList.map((c) => c.id) : ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'];
  const packs = furtherPacks(s);
  const lines = [[...FIXED, ...ids, 'waived', 'uncertain', 'unreadable', ...packCsvHeader(packs)].map(csvCell).join(',')];
  for (const site of s.sites) {
    const waived = Object.entries(site.waived ?? {}).map(([id, reason]) => `${id}: ${reason}`).join('; ');
    lines.push(
      [site.slug, site.code, site.name, site.nation, site.authorityType, site.url, site.outcome, site.score, site.complete, site.clearmarkReady, ...ids.map((id) => site.criteria[id] ?? ''), waived, (site.uncertain ?? []).join(' '), site.report ? (site.unreadable ?? 0) : '', ...packCsvCells(site, packs)]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
