// national_site/councils/<slug>.html: one council's verdicts with their quotes, its scores over time,
// and what changed since the previous run.
import { STATUS_WORD, escapeHtml as esc } from '../../report/index.js';
import type { CouncilDiff } from '../diff.js';
import type { BatchSummary, SummarySite } from '../summary.js';
import { scoreLineSvg, scoreTable } from './chart.js';
import type { CouncilDigest } from './digest.js';
import { allRuns, runName, scoresOverTime, type HistoryRun } from './history.js';
import { councilName, page, slugOfCriterion, statusCell } from './layout.js';

const statusWord = (s: string | null): string => (s ? (STATUS_WORD as Record<string, string>)[s] ?? s : 'not judged');

function changeSection(change: CouncilDiff | undefined, since: string | undefined, hasHistory: boolean): string {
  if (!change || !since) return `<h2>What changed</h2><p>${hasHistory ? 'Not audited in an earlier run given with --history.' : 'No earlier run was given (batch --history), so there is nothing to compare with.'}</p>`;
  const items = change.criteria.map((c) => {
    const quotes = [
      ...c.appeared.filter((e) => e.quote).map((e) => `<li>New: <q>${esc(e.quote!)}</q></li>`),
      ...c.disappeared.filter((e) => e.quote).map((e) => `<li>Gone: <q>${esc(e.quote!)}</q></li>`),
    ].join('');
    const move = c.from === c.to ? `${statusWord(c.to)} (evidence changed)` : `${statusWord(c.from)} → ${statusWord(c.to)}${c.regression ? ' (worse)' : ''}`;
    return `<li><a href="../criteria/${esc(slugOfCriterion(c.id))}.html">${esc(c.id)}</a>: ${esc(move)}${quotes ? `<ul>${quotes}</ul>` : ''}</li>`;
  });
  const score = change.scoreFrom === change.scoreTo ? `Score unchanged (${change.scoreTo ?? 'no score'}).` : `Score ${change.scoreFrom ?? 'none'} → ${change.scoreTo ?? 'none'}.`;
  const docs = `Documents: ${change.documentsNew.length} new, ${change.documentsGone.length} gone, ${change.documentsChanged.length} changed.`;
  return `<h2>What changed since ${esc(since)}</h2><p>${esc(score)} ${esc(docs)}</p>${items.length ? `<ul>${items.join('')}</ul>` : '<p>No verdict or quoted evidence changed.</p>'}`;
}

export function renderCouncilPage(site: SummarySite, digest: CouncilDigest | undefined, summary: BatchSummary, history: HistoryRun[]): string {
  const name = councilName(site);
  const points = scoresOverTime(site.slug, history, summary);
  const facts = [site.nation, site.authorityType].filter(Boolean).join(', ');
  const head = `<p><a href="../index.html">National view</a></p><h1>${esc(name)}</h1>
<p>${facts ? `${esc(facts)}. ` : ''}<span class="url">${esc(site.url)}</span>. Score ${site.score ?? 'none'}${site.complete === false ? ' (incomplete)' : ''}. <a href="../../${esc(site.slug)}/report.html">The full report</a>.</p>`;
  if (!digest) {
    const why = site.outcome === 'audited' ? 'its report could not be read' : `${site.outcome}, ${site.reason ?? 'no reason given'}`;
    return page(`${name}: national view`, `${head}<p>No verdicts to show: ${esc(why)}.</p>`);
  }
  const rows = digest.criteria.map((c) => {
    const said = c.quote ? `<q>${esc(c.quote)}</q>${c.url ? ` <span class="url">(${esc(c.url)})</span>` : ''}` : esc(c.summary);
    return `<tr><th scope="row"><a href="../criteria/${esc(slugOfCriterion(c.id))}.html">${esc(c.id)}</a> ${esc(c.title)}</th>${statusCell(c.status)}<td>${said}</td></tr>`;
  });
  const chart = scoreLineSvg(points, `${name}: score in each run, ${points.map((p) => `${p.date} ${p.score ?? 'none'}`).join(', ')}`);
  const unread = site.unreadableDocuments?.length
    ? `<h2>Relevant documents we could not read</h2><p>The verdicts that rest on them may be wrong.</p><ul>${site.unreadableDocuments.map((d) => `<li><span class="url">${esc(d.url)}</span>: ${esc(d.message)} (${esc(d.kind)})</li>`).join('')}</ul>`
    : '';
  return page(
    `${name}: national view`,
    `${head}
<h2>Criteria</h2><div class="wide"><table><caption>Verdicts and the evidence they rest on</caption><thead><tr><th scope="col">Criterion</th><th scope="col">Verdict</th><th scope="col">Evidence or reason</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>
${unread}
<h2>Scores over time</h2>${chart}${scoreTable(points, `${name}: score in each run`)}
${changeSection(digest.change, digest.changeSince && runName(digest.changeSince, allRuns(history, summary)), history.length > 0)}`,
  );
}
