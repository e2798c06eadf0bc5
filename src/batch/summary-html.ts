// index.html: the national view of a batch. One self-contained file (no network): a heatmap of
// councils x criteria whose cells carry a word and a symbol (readable without colour), sortable
// columns, nation/type filters, a search box, national figures per criterion, and an inline SVG
// histogram of scores. Each council links to <slug>/report.html.
import { GENERATOR_META, type Status } from '../core/index.js';
import { DEFAULT_LABELS, STATUS_ASCII, STATUS_ORDER as STATUSES, STATUS_SYMBOL, STATUS_WORD, escapeHtml as esc, type ReportLabels } from '../report/index.js';
import type { BatchSummary, SummarySite } from './summary.js';
import { siteUnreadableText, unreadableKinds, unreadableTotalSentence } from './unreadable-note.js';
import { councilLink, furtherPacks, packTablesHtml } from './summary-packs.js';

function cell(site: SummarySite, id: string): string {
  const status = site.criteria[id] as Status | undefined;
  if (!status) return `<td class="s-none" data-v="-1">—</td>`;
  const waived = site.waived?.[id];
  const rank = STATUSES.length - STATUSES.indexOf(status);
  const title = `${id}: ${STATUS_WORD[status]}${waived ? ` (waived: ${waived})` : ''}`;
  return `<td class="s-${status}" data-v="${rank}" title="${esc(title)}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${STATUS_WORD[status]}${waived ? ' <em>(waived)</em>' : ''}</td>`;
}

/** Next to the verdicts: how many relevant documents could not be read, and why (their verdicts may be wrong). */
function unreadableCell(site: SummarySite): string {
  const text = siteUnreadableText(site);
  if (!text) return `<td data-v="0"></td>`;
  return `<td data-v="${site.unreadable ?? 0}" class="unread"><a href="#unread-${esc(site.slug)}">${esc(text)}</a></td>`;
}

/** Per council, the documents that could not be read and why. */
function unreadableSection(s: BatchSummary): string {
  const sites = s.sites.filter((x) => x.unreadable);
  if (!sites.length) return '';
  const items = sites.map((x) => {
    const docs = (x.unreadableDocuments ?? []).map((d) => `<li><span class="url">${esc(d.url)}</span>: ${esc(d.message)} (${esc(d.kind)})</li>`).join('');
    return `<li id="unread-${esc(x.slug)}">${esc(x.name ?? x.slug)}: ${esc(siteUnreadableText(x))} (${esc(unreadableKinds(x))})<ul>${docs}</ul></li>`;
  });
  return `<h2 id="unreadable">Relevant documents we could not read</h2><p>${esc(unreadableTotalSentence(s))}</p><ul>${items.join('')}</ul>`;
}

function row(site: SummarySite, ids: string[]): string {
  const name = site.name ?? site.slug;
  const link = councilLink(site);
  const score = site.score === null ? '–' : String(site.score);
  const outcome = site.outcome === 'audited' ? (site.complete ? 'audited' : 'audited (incomplete)') : `${site.outcome}: ${site.reason ?? ''}`;
  return `<tr data-nation="${esc(site.nation ?? '')}" data-type="${esc(site.authorityType ?? '')}" data-search="${esc(`${name} ${site.slug} ${site.code ?? ''}`.toLowerCase())}">
<td data-v="${esc(name.toLowerCase())}">${link}</td><td>${esc(site.nation ?? '')}</td><td>${esc(site.authorityType ?? '')}</td><td data-v="${site.score ?? -1}">${score}</td><td>${esc(outcome)}</td>${unreadableCell(site)}${ids.map((id) => cell(site, id)).join('')}</tr>`;
}

/** Scores in ten bands (0-9, ..., 90-100) as an inline SVG bar chart with counts written on the bars. */
export function scoreHistogram(scores: number[]): string {
  const bins = new Array<number>(10).fill(0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]!++;
  const max = Math.max(1, ...bins);
  const bars = bins
    .map((n, i) => {
      const h = Math.round((n / max) * 120);
      const x = 40 + i * 50;
      return `<rect x="${x}" y="${150 - h}" width="40" height="${h}" fill="#4a6fa5"><title>${i * 10}-${i === 9 ? 100 : i * 10 + 9}: ${n}</title></rect><text x="${x + 20}" y="${145 - h}" text-anchor="middle" font-size="12">${n}</text><text x="${x + 20}" y="168" text-anchor="middle" font-size="11">${i * 10}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Number of councils by score band" viewBox="0 0 560 180" width="560" height="180" xmlns="http://www.w3.org/2000/svg"><line x1="35" y1="150" x2="545" y2="150" stroke="#333"/>${bars}</svg>`;
}

function nationalFigures(s: BatchSummary): string {
  const audited = s.sites.filter((x) => x.outcome === 'audited');
  const rows = s.criteriaList.map((c) => {
    const counts = STATUSES.map((st) => audited.filter((x) => x.criteria[c.id] === st).length);
    const met = counts[0]!;
    const pct = audited.length ? Math.round((100 * met) / audited.length) : 0;
    return `<tr><th scope="row">${esc(c.id)} ${esc(c.title)}</th>${counts.map((n) => `<td>${n}</td>`).join('')}<td>${pct}%</td></tr>`;
  });
  return `<table class="figures"><caption>National figures per criterion (${audited.length} councils audited)</caption><thead><tr><th>Criterion</th>${STATUSES.map((st) => `<th>${STATUS_ASCII[st]} ${STATUS_WORD[st]}</th>`).join('')}<th>% met</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const SCRIPT = `
(function(){
  var table=document.getElementById('heat'),body=table.tBodies[0];
  var nation=document.getElementById('nation'),type=document.getElementById('type'),q=document.getElementById('q'),shown=document.getElementById('shown');
  function apply(){var n=0;for(var i=0;i<body.rows.length;i++){var r=body.rows[i];
    var ok=(!nation.value||r.dataset.nation===nation.value)&&(!type.value||r.dataset.type===type.value)&&(!q.value||r.dataset.search.indexOf(q.value.toLowerCase())>=0);
    r.hidden=!ok;if(ok)n++;}shown.textContent=n+' shown';}
  [nation,type].forEach(function(e){e.addEventListener('change',apply)});q.addEventListener('input',apply);
  var heads=table.tHead.rows[0].cells;
  for(var c=0;c<heads.length;c++)(function(col){var b=heads[col].querySelector('button');if(!b)return;b.addEventListener('click',function(){
    var asc=heads[col].getAttribute('aria-sort')!=='ascending';
    for(var k=0;k<heads.length;k++)heads[k].removeAttribute('aria-sort');heads[col].setAttribute('aria-sort',asc?'ascending':'descending');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=a.cells[col].dataset.v||a.cells[col].textContent,y=b.cells[col].dataset.v||b.cells[col].textContent;
      var nx=Number(x),ny=Number(y),d=(!isNaN(nx)&&!isNaN(ny))?nx-ny:String(x).localeCompare(String(y));return asc?d:-d;});
    rows.forEach(function(r){body.appendChild(r)});});})(c);
  apply();
})();`;

const STYLE = `body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:bold;background:none;border:0;cursor:pointer;padding:0}th[aria-sort=ascending] button::after{content:' ▲'}th[aria-sort=descending] button::after{content:' ▼'}
.s-met{background:#cdebd3}.s-partial{background:#fbe9b7}.s-not_met{background:#f6c4c4}.s-needs_evidence{background:#e3e3f3}.s-not_applicable{background:#eee}.s-error{background:#f3d2f3}
td em{font-style:italic}.wide{overflow-x:auto}.unread{color:#6b2b00}.url{overflow-wrap:anywhere}.controls label{margin-right:1rem}@media print{.controls{display:none}}`;

/** `labels`: the rule pack's words; the heading names what the audit is about (`labels.heading`). */
export function renderSummaryHtml(s: BatchSummary, labels: ReportLabels = DEFAULT_LABELS): string {
  const ids = s.criteriaList.map((c) => c.id);
  const options = (values: Array<string | null>): string =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort().map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
  const scores = s.sites.filter((x) => x.outcome === 'audited' && x.score !== null).map((x) => x.score!);
  const headers = ['Council', 'Nation', 'Type', 'Score', 'Outcome', 'Unreadable', ...s.criteriaList.map((c) => c.id)];
  const titles = ['', '', '', '', '', 'relevant documents that could not be read: the verdicts beside them may be wrong', ...s.criteriaList.map((c) => c.title)];
  const legend = STATUSES.map((st) => `${STATUS_SYMBOL[st]} ${STATUS_WORD[st]}`).join(' · ');
  const failed = s.sites.filter((x) => x.outcome !== 'audited');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${GENERATOR_META}
<title>atr-audit national summary</title><style>${STYLE}</style></head><body>
<h1>National summary: ${esc(labels.heading)}</h1>
<p>${s.counts.sites} councils: ${s.counts.audited} audited, ${s.counts.failed} failed, ${s.counts.skipped} skipped. Rules: ${esc(s.ruleset ? `${s.ruleset.id} ${s.ruleset.version}` : 'none')}. Generated ${esc(s.generatedAt)}.</p>
${s.counts.unreadable ? `<p class="unread"><strong>${esc(unreadableTotalSentence(s))}</strong> <a href="#unreadable">Which documents</a>.</p>` : ''}
<h2>Score distribution</h2>${scoreHistogram(scores)}
<h2>National figures</h2>${nationalFigures(s)}
<h2>Councils by criterion</h2>
<p>Key: ${esc(legend)}. "(waived)" marks a human decision recorded in a waivers file; hover for the reason.</p>
<div class="controls"><label>Nation <select id="nation"><option value="">all</option>${options(s.sites.map((x) => x.nation))}</select></label>
<label>Type <select id="type"><option value="">all</option>${options(s.sites.map((x) => x.authorityType))}</select></label>
<label>Search <input id="q" type="search" placeholder="name, slug or code"></label> <output id="shown"></output></div>
<table id="heat"><thead><tr>${headers.map((h, i) => `<th scope="col" title="${esc(titles[i]!)}"><button type="button">${esc(h)}</button></th>`).join('')}</tr></thead>
<tbody>${s.sites.map((x) => row(x, ids)).join('\n')}</tbody></table>
${packTablesHtml(s, furtherPacks(s))}
${unreadableSection(s)}
${failed.length ? `<h2>Not audited</h2><ul>${failed.map((x) => `<li>${esc(x.name ?? x.slug)} (${esc(x.url)}): ${esc(x.outcome)}, ${esc(x.reason ?? '')}</li>`).join('')}</ul>` : ''}
<script>${SCRIPT}</script></body></html>
`;
}
