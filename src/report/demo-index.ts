// reports/demo/index.html: every demo site against every criterion, linking each site's report.
import type { AuditReport, Status } from '../core/index.js';
import { compactBadge, esc, legend, link, page } from './html-parts.js';
import { STATUS_WORD } from './status.js';
import { isStatus, scoreText } from './status.js';

export interface DemoSite {
  slug: string;
  name: string;
  description: string;
  report: AuditReport;
  /** criterion id -> the status the fixture was written to produce */
  expected?: Record<string, string>;
}

/** Criterion ids in first-seen order across all reports (C1..C7 for clearmark). */
function criterionIds(sites: DemoSite[]): string[] {
  const ids: string[] = [];
  for (const s of sites) for (const c of s.report.criteria) if (!ids.includes(c.id)) ids.push(c.id);
  return ids;
}

/** Mismatches as "C3 expected met, got partial"; [] when all expectations hold. */
export function expectationMismatches(site: DemoSite): string[] {
  const got = new Map<string, Status>(site.report.criteria.map((c) => [c.id, c.status]));
  return Object.entries(site.expected ?? {})
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .filter(([id, want]) => got.get(id) !== want)
    .map(([id, want]) => `${id} expected ${want}, got ${got.get(id) ?? 'nothing'}`);
}

function cell(site: DemoSite, id: string): string {
  const c = site.report.criteria.find((x) => x.id === id);
  if (!c) return `<td data-label="${esc(id)}">–</td>`;
  const want = site.expected?.[id];
  const note = want !== undefined && want !== c.status
    ? `<br><small>expected ${isStatus(want) ? STATUS_WORD[want] : esc(want)}</small>`
    : '';
  return `<td data-label="${esc(id)}">${compactBadge(c.status)}${note}</td>`;
}

export function renderDemoIndex(sites: DemoSite[]): string {
  const ids = criterionIds(sites);
  const withExpected = sites.some((s) => s.expected !== undefined);
  const head = [
    '<th scope="col">Site</th>',
    ...ids.map((id) => `<th scope="col">${esc(id)}</th>`),
    '<th scope="col">Score</th>',
    withExpected ? '<th scope="col">Matches expected</th>' : '',
  ].join('');
  const rows = sites.map((s) => {
    const r = s.report;
    const href = `${encodeURIComponent(s.slug)}/report.html`;
    const matches = (): string => {
      if (!s.expected) return '<td data-label="Matches expected">–</td>';
      const miss = expectationMismatches(s);
      return miss.length === 0 ? '<td data-label="Matches expected"><strong>✔ yes</strong></td>' : `<td data-label="Matches expected"><strong>✘ no</strong>: ${esc(miss.join('; '))}</td>`;
    };
    return [
      '<tr>',
      `<th scope="row"><a href="${esc(href)}">${esc(s.name)}</a><br><small>${esc(s.description)}</small></th>`,
      ...ids.map((id) => cell(s, id)),
      `<td class="num" data-label="Score">${esc(scoreText(r.summary.score))}${r.summary.complete ? '' : '<br><small>incomplete</small>'}</td>`,
      withExpected ? matches() : '',
      '</tr>',
    ].join('');
  });
  const body = [
    '<h1>atr-audit demo: fixture councils</h1>',
    '<p>Each row is an invented council website audited on this machine. Follow a name to its full report with quotes and sources.</p>',
    legend(),
    '<table class="reflow demo">',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    sites.length === 0 ? '<p>No sites were audited.</p>' : '',
    `<p>Reports: ${sites.map((s) => link(`${encodeURIComponent(s.slug)}/report.json`, `${s.slug}/report.json`)).join(', ') || 'none'}</p>`,
  ].filter(Boolean);
  return page('atr-audit demo', body.join('\n'), { wide: true });
}
