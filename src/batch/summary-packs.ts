// Further packs (--rules clearmark,ico-care-records; report packs[]) in summary.csv and
// index.html: per pack its score, completeness and one column per criterion, after the main
// pack's columns so the contract's columns keep their places.
import type { Status } from '../core/index.js';
import { STATUS_SYMBOL, STATUS_WORD, escapeHtml as esc } from '../report/index.js';
import type { BatchSummary, SummarySite } from './summary.js';

export interface PackColumns {
  id: string;
  /** criterion ids in the order the reports list them */
  criteria: string[];
}

/** Every further pack any site was judged by, in first-seen order, with the union of its criteria. */
export function furtherPacks(s: BatchSummary): PackColumns[] {
  const packs = new Map<string, Set<string>>();
  for (const site of s.sites) {
    for (const [id, p] of Object.entries(site.packs ?? {})) {
      const criteria = packs.get(id) ?? new Set<string>();
      for (const c of Object.keys(p.criteria)) criteria.add(c);
      packs.set(id, criteria);
    }
  }
  return [...packs].map(([id, criteria]) => ({ id, criteria: [...criteria] }));
}

/** summary.csv: `<pack>/score`, `<pack>/complete`, then `<pack>/<criterion>` (as diff names them). */
export function packCsvHeader(packs: PackColumns[]): string[] {
  return packs.flatMap((p) => [`${p.id}/score`, `${p.id}/complete`, ...p.criteria.map((c) => `${p.id}/${c}`)]);
}

export function packCsvCells(site: SummarySite, packs: PackColumns[]): Array<string | number | boolean | null> {
  return packs.flatMap((p) => {
    const mine = site.packs?.[p.id];
    return [mine?.score ?? null, mine ? mine.complete : null, ...p.criteria.map((c) => mine?.criteria[c] ?? '')];
  });
}

/** The council's name, linked to its report.html when it has one (index.html's tables). */
export function councilLink(site: SummarySite): string {
  const name = esc(site.name ?? site.slug);
  return site.report ? `<a href="${esc(`${site.slug}/report.html`)}">${name}</a>` : name;
}

function cell(status: Status | undefined): string {
  if (!status) return '<td>—</td>';
  return `<td class="s-${status}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${STATUS_WORD[status]}</td>`;
}

/** One table per further pack: council, score, a cell per criterion (a word and a symbol, not colour alone). */
export function packTablesHtml(s: BatchSummary, packs: PackColumns[]): string {
  if (!packs.length) return '';
  const tables = packs.map((p) => {
    const rows = s.sites
      .filter((site) => site.packs?.[p.id])
      .map((site) => {
        const mine = site.packs![p.id]!;
        return `<tr><th scope="row">${councilLink(site)}</th><td>${mine.score ?? '–'}${mine.complete ? '' : ' (incomplete)'}</td>${p.criteria.map((c) => cell(mine.criteria[c])).join('')}</tr>`;
      });
    return `<h3>${esc(p.id)}</h3><div class="wide" role="region" aria-label="${esc(p.id)}: councils by criterion" tabindex="0"><table><caption>${esc(p.id)}: councils by criterion</caption><thead><tr><th scope="col">Council</th><th scope="col">Score</th>${p.criteria.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  });
  return `<h2>Further rule packs</h2><p>Each further pack (--rules) is scored on its own; its score is not part of the main score.</p>${tables.join('\n')}`;
}
