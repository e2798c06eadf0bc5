// The national static site, as pages (path relative to <out>/national_site, HTML). Pure: the digests
// and history are read by write.ts.
import type { ReportLabels } from '../../report/index.js';
import type { BatchSummary } from '../summary.js';
import { renderCouncilPage } from './council-page.js';
import { renderCriterionPage } from './criterion-page.js';
import type { CouncilDigest } from './digest.js';
import { allRuns, criterionMoves, runName, type HistoryRun } from './history.js';
import { renderNationalIndex } from './index-page.js';
import { slugOfCriterion } from './layout.js';

export interface NationalPage {
  path: string;
  html: string;
}

/** `history`: earlier runs, oldest first; `digests`: by slug, for the audited sites. */
export function renderNationalSite(summary: BatchSummary, digests: Map<string, CouncilDigest>, history: HistoryRun[], labels: ReportLabels): NationalPage[] {
  const previous = history.at(-1);
  const moves = criterionMoves(previous?.summary, summary);
  const pages: NationalPage[] = [{ path: 'index.html', html: renderNationalIndex(summary, history, moves, labels) }];
  for (const site of summary.sites) pages.push({ path: `councils/${site.slug}.html`, html: renderCouncilPage(site, digests.get(site.slug), summary, history) });
  for (const c of summary.criteriaList) {
    pages.push({ path: `criteria/${slugOfCriterion(c.id)}.html`, html: renderCriterionPage(c, summary, digests, moves.find((m) => m.id === c.id), previous ? runName(previous.summary.generatedAt, allRuns(history, summary)) : undefined) });
  }
  return pages;
}
