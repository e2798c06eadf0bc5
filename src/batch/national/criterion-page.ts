// national_site/criteria/<id>.html: every council's verdict on one criterion and the quote it rests
// on, grouped by verdict (the links at the top filter by verdict, no script needed), and how
// many councils moved since the previous run.
import type { Status } from '../../core/index.js';
import { STATUS_ORDER, STATUS_SYMBOL, STATUS_WORD, escapeHtml as esc } from '../../report/index.js';
import type { BatchSummary } from '../summary.js';
import type { CouncilDigest } from './digest.js';
import type { CriterionMoves } from './history.js';
import { councilName, page } from './layout.js';

const names = (slugs: string[], summary: BatchSummary): string =>
  slugs.map((slug) => `<a href="../councils/${esc(slug)}.html">${esc(councilName(summary.sites.find((s) => s.slug === slug) ?? { slug, name: null }))}</a>`).join(', ');

export function renderCriterionPage(criterion: { id: string; title: string }, summary: BatchSummary, digests: Map<string, CouncilDigest>, moves: CriterionMoves | undefined, previousDate: string | undefined): string {
  const audited = summary.sites.filter((s) => s.outcome === 'audited' && s.criteria[criterion.id]);
  const by = new Map<Status, typeof audited>();
  for (const s of audited) by.set(s.criteria[criterion.id]!, [...(by.get(s.criteria[criterion.id]!) ?? []), s]);
  const present = STATUS_ORDER.filter((st) => by.has(st));
  const nav = `<nav aria-label="Verdicts"><ul>${present.map((st) => `<li><a href="#${st}">${STATUS_WORD[st]} (${by.get(st)!.length})</a></li>`).join('')}</ul></nav>`;
  const sections = present.map((st) => {
    const items = by.get(st)!.map((s) => {
      const c = digests.get(s.slug)?.criteria.find((x) => x.id === criterion.id);
      const said = c?.quote ? `<blockquote>${esc(c.quote)}${c.url ? ` <span class="url">(${esc(c.url)})</span>` : ''}</blockquote>` : c ? `<p>${esc(c.summary)}</p>` : '';
      return `<li><a href="../councils/${esc(s.slug)}.html">${esc(councilName(s))}</a>${s.nation ? ` (${esc(s.nation)})` : ''}${said}</li>`;
    });
    return `<h2 id="${st}"><span aria-hidden="true">${STATUS_SYMBOL[st]}</span> ${STATUS_WORD[st]}: ${by.get(st)!.length}</h2><ul>${items.join('')}</ul>`;
  });
  let moved = '<p>No earlier run was given (batch --history), so no moves are shown.</p>';
  if (moves && previousDate) {
    const n = moves.improved.length + moves.worse.length + moves.changed.length;
    moved = `<p>Since ${esc(previousDate)}: ${n} council${n === 1 ? '' : 's'} moved; ${moves.improved.length} better, ${moves.worse.length} worse, ${moves.changed.length} otherwise changed.</p>`;
    if (moves.improved.length) moved += `<p>Better: ${names(moves.improved, summary)}.</p>`;
    if (moves.worse.length) moved += `<p>Worse: ${names(moves.worse, summary)}.</p>`;
    if (moves.changed.length) moved += `<p>Otherwise changed: ${names(moves.changed, summary)}.</p>`;
  }
  return page(
    `${criterion.id} ${criterion.title}: national view`,
    `<p><a href="../index.html">National view</a></p><h1>${esc(criterion.id)}: ${esc(criterion.title)}</h1>
<p>${audited.length} councils audited.</p>${nav}
<h2>Since the last run</h2>${moved}
${sections.join('\n')}`,
  );
}
