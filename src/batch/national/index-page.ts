// national_site/index.html: the national view a campaign publishes. Councils grouped by nation (the
// links at the top filter by nation, no script needed), each with its score and change since the
// last run; per criterion the national figures and moves; the national median over time.
import { STATUS_ORDER, STATUS_WORD, escapeHtml as esc, type ReportLabels } from '../../report/index.js';
import type { BatchSummary, SummarySite } from '../summary.js';
import { siteUnreadableText, unreadableTotalSentence } from '../unreadable-note.js';
import { scoreLineSvg, scoreTable } from './chart.js';
import { allRuns, runName, scoreChangeText, type CriterionMoves, type HistoryRun, type ScorePoint } from './history.js';
import { changeHtml, councilName, page, slugOfCriterion } from './layout.js';

const NO_NATION = 'Nation not known';
const councils = (n: number): string => `${n} council${n === 1 ? '' : 's'}`;

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

const scoresOf = (s: BatchSummary): number[] => s.sites.filter((x) => x.outcome === 'audited' && x.score !== null).map((x) => x.score!);

function verdictCounts(site: SummarySite): string {
  const statuses = Object.values(site.criteria);
  return STATUS_ORDER.filter((st) => statuses.includes(st)).map((st) => `${statuses.filter((x) => x === st).length} ${STATUS_WORD[st].toLowerCase()}`).join(', ');
}

function nationTable(nation: string, sites: SummarySite[], summary: BatchSummary, history: HistoryRun[]): string {
  const rows = sites.map((s) => {
    const change = scoreChangeText(s.slug, history, summary);
    return `<tr><th scope="row"><a href="councils/${esc(s.slug)}.html">${esc(councilName(s))}</a></th><td>${esc(s.authorityType ?? '')}</td><td>${s.score ?? 'none'}${s.complete === false ? ' (incomplete)' : ''}</td><td>${changeHtml(change)}</td><td>${esc(verdictCounts(s))}</td><td>${esc(siteUnreadableText(s))}</td></tr>`;
  });
  return `<div class="wide"><table><caption>${esc(nation)}: ${councils(sites.length)}</caption><thead><tr><th scope="col">Council</th><th scope="col">Type</th><th scope="col">Score</th><th scope="col">Change</th><th scope="col">Verdicts</th><th scope="col">Unreadable</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function criteriaTable(summary: BatchSummary, moves: CriterionMoves[], hasPrevious: boolean): string {
  const audited = summary.sites.filter((s) => s.outcome === 'audited');
  const rows = summary.criteriaList.map((c) => {
    const counts = STATUS_ORDER.map((st) => audited.filter((s) => s.criteria[c.id] === st).length);
    const m = moves.find((x) => x.id === c.id);
    const moved = hasPrevious && m ? `${m.improved.length} better, ${m.worse.length} worse` : '';
    return `<tr><th scope="row"><a href="criteria/${esc(slugOfCriterion(c.id))}.html">${esc(c.id)} ${esc(c.title)}</a></th>${counts.map((n) => `<td>${n}</td>`).join('')}${hasPrevious ? `<td>${esc(moved)}</td>` : ''}</tr>`;
  });
  return `<div class="wide"><table><caption>Councils by verdict, per criterion</caption><thead><tr><th scope="col">Criterion</th>${STATUS_ORDER.map((st) => `<th scope="col">${STATUS_WORD[st]}</th>`).join('')}${hasPrevious ? '<th scope="col">Since the last run</th>' : ''}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function renderNationalIndex(summary: BatchSummary, history: HistoryRun[], moves: CriterionMoves[], labels: ReportLabels): string {
  const audited = summary.sites.filter((s) => s.outcome === 'audited');
  const byNation = new Map<string, SummarySite[]>();
  for (const s of audited) byNation.set(s.nation ?? NO_NATION, [...(byNation.get(s.nation ?? NO_NATION) ?? []), s]);
  const nations = [...byNation.keys()].sort((a, b) => (a === NO_NATION ? 1 : b === NO_NATION ? -1 : a.localeCompare(b)));
  const anchor = (n: string): string => `nation-${n.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const runs = allRuns(history, summary);
  const points: ScorePoint[] = runs.map((s) => ({ date: runName(s.generatedAt, runs), score: median(scoresOf(s)) }));
  const previous = history.at(-1);
  const changes = audited.map((s) => scoreChangeText(s.slug, history, summary));
  const since = previous
    ? `<p>Since ${esc(runName(previous.summary.generatedAt, runs))}: ${councils(changes.filter((c) => c.startsWith('+')).length)} scored higher, ${changes.filter((c) => c.startsWith('-')).length} lower, ${changes.filter((c) => c === 'no change').length} the same, ${changes.filter((c) => c === 'new').length} audited for the first time.</p>`
    : '<p>No earlier run was given (batch --history), so there is no change to show.</p>';
  const unread = unreadableTotalSentence(summary);
  const notAudited = summary.sites.filter((s) => s.outcome !== 'audited');
  return page(
    `National view: ${labels.heading}`,
    `<h1>National view: ${esc(labels.heading)}</h1>
<p>${councils(summary.counts.sites)}, ${summary.counts.audited} audited. Rules: ${esc(summary.ruleset ? `${summary.ruleset.id} ${summary.ruleset.version}` : 'none')}. Run of ${esc(runName(summary.generatedAt, runs))}. <a href="../index.html">Sortable table of every council</a>.</p>
${unread ? `<p><strong>${esc(unread)}</strong></p>` : ''}
<h2>Over time</h2>${since}${scoreLineSvg(points, `Median score in each run: ${points.map((p) => `${p.date} ${p.score ?? 'none'}`).join(', ')}`)}${scoreTable(points, 'Median score per run')}
<h2>Criteria</h2>${criteriaTable(summary, moves, Boolean(previous))}
<h2>Councils by nation</h2><nav aria-label="Nations"><ul>${nations.map((n) => `<li><a href="#${anchor(n)}">${esc(n)} (${byNation.get(n)!.length})</a></li>`).join('')}</ul></nav>
${nations.map((n) => `<h3 id="${anchor(n)}">${esc(n)}</h3>${nationTable(n, byNation.get(n)!, summary, history)}`).join('\n')}
${notAudited.length ? `<h2>Not audited</h2><ul>${notAudited.map((s) => `<li><a href="councils/${esc(s.slug)}.html">${esc(councilName(s))}</a>: ${esc(s.outcome)}, ${esc(s.reason ?? '')}</li>`).join('')}</ul>` : ''}`,
  );
}
