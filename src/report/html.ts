// report.html: one self-contained page a campaigner can send as it is. No external requests,
// no script; status always shown as symbol + word as well as colour.
import { networkSentences } from './network-note.js';
import { nationNotes, nationSentence } from './nation-note.js';
import { budgetSentences, earlyStopSentence } from './budget-note.js';
import { DEFAULT_LABELS, type ReportLabels } from './labels.js';
import type { AuditReport, CriterionVerdict, Evidence, Finding, Searched, SourceEntry } from '../core/index.js';
import { safeHref } from './escape.js';
import { selfCheckHtml } from './evidence-section.js';
import { badge, esc, legend, link, page, severityBadge } from './html-parts.js';
import {
  STATUS_WORD,
  reportAdvisories,
  criterionScoreText,
  incompleteReason,
  isoDate,
  needsWhereWeLooked,
  scoreText,
  verdictFindings,
} from './status.js';
import { levelNote, levelSentences } from './levels.js';

const FRAGMENT_WORDS = 6;

/** Text-fragment directive text: percent-encoded, with the characters the syntax reserves. */
const fragmentText = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * Deep link to the quoted place: a `#:~:text=` fragment of the quote's first words for web
 * pages (the browser scrolls to and highlights it), `#page=N` for PDFs.
 */
export function evidenceHref(e: Evidence): string {
  const base = e.url;
  if (e.kind === 'pdf') {
    const page = /^page (\d+)/i.exec(e.location)?.[1];
    return page && !base.includes('#') ? `${base}#page=${page}` : base;
  }
  if (e.kind !== 'html') return base;
  const words = e.quote.trim().split(/\s+/).filter(Boolean);
  // A trimmed quote may start or end mid-word; such words would not match on the page.
  if (words[0]?.startsWith('…')) words.shift();
  if (words.at(-1)?.endsWith('…')) words.pop();
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  if (!start) return base;
  return `${base}${base.includes('#') ? '' : '#'}:~:text=${fragmentText(start)}`;
}

function evidenceBlock(e: Evidence): string {
  const href = safeHref(e.url) ? evidenceHref(e) : undefined;
  const source = href ? `<a href="${esc(href)}">${esc(e.title || e.url)}</a>` : esc(e.title || e.url);
  const bits = [`${source}`, esc(e.location), e.kind.toUpperCase(), `fetched ${esc(isoDate(e.fetchedAt))}`];
  if (e.consent) bits.push(e.consent === 'after' ? 'read after the cookie banner was answered' : 'read in a browser, no consent step');
  if (e.screenshot) bits.push(link(e.screenshot, 'screenshot', 'shot'));
  const quote = [`<blockquote${href ? ` cite="${esc(e.url)}"` : ''}><p>${esc(e.quote)}</p></blockquote>`, `<p class="src">${bits.join(' · ')}</p>`].join('\n');
  const shot = e.screenshot ? safeHref(e.screenshot) : undefined;
  if (!shot) return quote;
  // The picture of the page beside the quote, the quoted words highlighted on it.
  return [
    '<div class="ev-with-shot">',
    `<div>${quote}</div>`,
    `<figure class="shot"><a href="${esc(shot)}"><img src="${esc(shot)}" alt="${esc(`Screenshot of ${e.title || e.url} with the quoted words highlighted`)}"></a></figure>`,
    '</div>',
  ].join('\n');
}

function findingBlock(f: Finding): string {
  return [
    '<div class="finding">',
    `<p class="finding-head">${esc(f.message)} <span class="rule">${esc(f.ruleId)}</span></p>`,
    ...(f.waiver ? [`<p class="waived"><strong>Waived:</strong> ${esc(f.waiver.reason)} (${esc(f.waiver.author)}, until ${esc(f.waiver.expires)})</p>`] : []),
    ...f.evidence.map(evidenceBlock),
    '</div>',
  ].join('\n');
}

function whereWeLooked(c: CriterionVerdict): string {
  const s: Searched | undefined = c.searched;
  if (!s) {
    return '<div class="looked"><h4>Where we looked</h4><p>No record of the search was kept for this criterion, so treat this result with care.</p></div>';
  }
  const list = (items: string[], render: (x: string) => string): string =>
    items.length ? `<ul>${items.map((x) => `<li>${render(x)}</li>`).join('')}</ul>` : '<p>none</p>';
  const documents = [
    `<p>Documents this criterion read${s.urls.length < s.documentsRead ? ` (first ${s.urls.length})` : ''}:</p>`,
    list(s.urls, (u) => link(u)),
  ];
  // Plain words when the pack gives them; the rules' own terms then stay folded away for rule authors.
  if (s.lookedFor) {
    return [
      '<div class="looked">',
      '<h4>Where we looked</h4>',
      `<p><strong>What we looked for:</strong> ${esc(s.lookedFor)}</p>`,
      `<p>${esc(s.where ?? `We visited ${s.pagesVisited} pages and read ${s.documentsRead} documents.`)}</p>`,
      ...documents,
      s.queries.length ? `<details><summary>The rules' checks, in their own terms</summary>${list(s.queries, esc)}</details>` : '',
      '</div>',
    ].filter(Boolean).join('\n');
  }
  return [
    '<div class="looked">',
    '<h4>Where we looked</h4>',
    `<p>${s.pagesVisited} pages visited, ${s.documentsRead} documents read. Kinds of document read: ${s.classesRead.length ? esc(s.classesRead.join(', ')) : 'none'}.</p>`,
    '<p>What we looked for:</p>',
    list(s.queries, esc),
    ...documents,
    '</div>',
  ].join('\n');
}

/** What the organisation could publish to meet the criterion, with a sentence to adapt. */
function publishBlock(c: CriterionVerdict): string {
  if (!c.publish) return '';
  return [
    '<div class="publish">',
    '<h4>What to publish</h4>',
    `<p>${esc(c.publish.what)}</p>`,
    '<p>For example:</p>',
    `<blockquote class="example"><p>${esc(c.publish.example)}</p></blockquote>`,
    '</div>',
  ].join('\n');
}

/** Weaker findings about pages the verdict already rests on: kept for the curious, out of the way. */
function alsoConsideredBlock(c: CriterionVerdict): string {
  const set = c.alsoConsidered ?? [];
  if (set.length === 0) return '';
  return [
    '<details class="also">',
    `<summary>Also considered (${set.length}): weaker readings of the same pages, which the verdict above supersedes</summary>`,
    ...set.map(findingBlock),
    '</details>',
  ].join('\n');
}

function criterionSection(c: CriterionVerdict): string {
  return [
    `<section class="criterion" id="${esc(`criterion-${c.id}`)}" data-status="${c.status}">`,
    `<h3>${esc(c.id)} ${esc(c.title)} ${badge(c.status)}</h3>`,
    `<p>${esc(c.summary)}</p>`,
    ...(c.uncertain ? [`<p class="uncertain"><strong>Not certain.</strong> ${esc(c.uncertain.replace(/^Not certain: /, ''))}</p>`] : []),
    ...verdictFindings(c).map(findingBlock),
    alsoConsideredBlock(c),
    needsWhereWeLooked(c.status) ? whereWeLooked(c) : '',
    c.status === 'met' ? '' : publishBlock(c),
    '</section>',
  ].filter(Boolean).join('\n');
}

function criteriaTable(criteria: CriterionVerdict[], caption: string): string {
  const rows = criteria.map(
    (c) =>
      `<tr><td data-label="Criterion"><a href="#${esc(`criterion-${c.id}`)}">${esc(c.id)}</a></td><td data-label="Title">${esc(c.title)}</td><td data-label="Status">${badge(c.status)}</td><td class="num" data-label="Score">${criterionScoreText(c.score)}</td><td data-label="Summary">${esc(c.summary)}</td></tr>`,
  );
  return [
    '<table class="reflow">',
    `<caption>Criteria of rule pack ${esc(caption)}</caption>`,
    '<thead><tr><th scope="col">Criterion</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Score</th><th scope="col">Summary</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

function advisories(r: AuditReport): string {
  const items = reportAdvisories(r);
  if (items.length === 0) return '';
  const blocks = items.map(({ c, f }) =>
    [
      '<div class="finding">',
      `<p class="finding-head">${severityBadge(f.status)} <a href="#${esc(`criterion-${c.id}`)}">${esc(c.id)}</a> ${esc(f.message)} <span class="rule">${esc(f.ruleId)}</span></p>`,
      f.correction ? `<p class="correction">Correct position: ${esc(f.correction)}</p>` : '',
      f.rewrite ? `<p class="rewrite">Plain rewrite: “${esc(f.rewrite)}”</p>` : '',
      ...f.evidence.map(evidenceBlock),
      '</div>',
    ].filter(Boolean).join('\n'),
  );
  return ['<h2 id="advisories">Advisories</h2>', '<p>Warnings that do not change any status: wording that may mislead or is out of date.</p>', ...blocks].join('\n');
}

function sourceRow(s: SourceEntry): string {
  const moved = s.finalUrl && s.finalUrl !== s.url ? `<br>→ ${link(s.finalUrl)}` : '';
  const cells: [string, string][] = [['Outcome', s.outcome], ['Reason', s.reason ?? ''], ['Class', s.class ?? ''], ['Kind', s.kind ?? ''], ['HTTP', s.status === undefined ? '' : String(s.status)]];
  return `<tr><td data-label="URL">${link(s.url)}${moved}</td>${cells.map(([label, x]) => `<td data-label="${label}">${esc(x)}</td>`).join('')}</tr>`;
}

function ledger(r: AuditReport): string {
  const n = r.summary.sources;
  return [
    '<h2 id="sources">Sources</h2>',
    `<p>${n.discovered} addresses discovered: ${n.assessed} assessed, ${n.failed} failed, ${n.skipped} skipped.</p>`,
    '<details>',
    '<summary>Every address we found and what became of it</summary>',
    '<table class="reflow">',
    '<thead><tr><th scope="col">URL</th><th scope="col">Outcome</th><th scope="col">Reason</th><th scope="col">Class</th><th scope="col">Kind</th><th scope="col">HTTP</th></tr></thead>',
    `<tbody>${r.sources.map(sourceRow).join('\n')}</tbody>`,
    '</table>',
    '</details>',
  ].join('\n');
}

function problems(r: AuditReport): string {
  const body = r.problems.length
    ? `<ul>${r.problems.map((p) => `<li><strong>${esc(p.kind)}</strong> ${link(p.url)}: ${esc(p.message)}</li>`).join('\n')}</ul>`
    : '<p>None.</p>';
  const network = networkSentences(r).map((s) => `<p>${esc(s)}</p>`).join('\n');
  return `<h2 id="problems">Problems</h2>\n${network}${network ? '\n' : ''}${body}`;
}

const hasScreenshots = (r: AuditReport): boolean =>
  [...r.criteria, ...r.packs.flatMap((p) => p.criteria)].some((c) => c.findings.some((f) => f.evidence.some((e) => e.screenshot)));

function header(r: AuditReport, labels: ReportLabels): string {
  const s = r.summary;
  const incomplete = s.complete ? '' : ` <span class="flag">incomplete</span> <span>${esc(incompleteReason(r))}</span>`;
  const blocking = s.blocking.length ? ` (not yet met: ${esc(s.blocking.join(', '))})` : '';
  return [
    '<header>',
    `<h1>${esc(r.organisation.name)}: ${esc(labels.heading)}</h1>`,
    '<dl class="meta">',
    `<dt>Website</dt><dd>${link(r.organisation.url)}</dd>`,
    `<dt>Score</dt><dd><span class="score">${esc(scoreText(s.score))}</span>${incomplete}</dd>`,
    `<dt>${esc(labels.ready)}</dt><dd><strong>${s.clearmarkReady ? 'Yes' : 'No'}</strong>${blocking}</dd>`,
    `<dt>Counts</dt><dd>${STATUS_WORD.met} ${s.met} · ${STATUS_WORD.partial} ${s.partial} · ${STATUS_WORD.not_met} ${s.notMet} · ${STATUS_WORD.needs_evidence} ${s.needsEvidence} · ${STATUS_WORD.not_applicable} ${s.notApplicable} · ${STATUS_WORD.error} ${s.error}</dd>`,
    ...(nationSentence(r) ? [`<dt>Nation</dt><dd>${esc(nationSentence(r)!)}${nationNotes(r).length ? `<ul>${nationNotes(r).map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}</dd>`] : []),
    ...(r.packs.length
      ? [`<dt>Other rule packs</dt><dd>${r.packs.map((p) => `<a href="#pack-${esc(p.ruleset.id)}">${esc(p.ruleset.id)}</a> ${esc(scoreText(p.summary.score))}`).join(' · ')}</dd>`]
      : []),
    `<dt>Audited</dt><dd>${esc(isoDate(r.finishedAt))}</dd>`,
    `<dt>Tool</dt><dd>${esc(r.tool.name)} ${esc(r.tool.version)}, rules ${esc(r.ruleset.id)} ${esc(r.ruleset.version)}</dd>`,
    '</dl>',
    ...budgetSentences(r).map((t) => `<p class="uncertain">${esc(t)}</p>`),
    ...earlyStopSentence(r).map((t) => `<p>${esc(t)}</p>`),
    ...(hasScreenshots(r) ? ['<p>The screenshots of the evidence are image files in the <code>evidence/</code> folder beside this page: keep the folder with it when you send or publish the report.</p>'] : []),
    '<p>The score counts met as 1 and partly met as ½ over the criteria that could be judged. Every verdict quotes the council\u2019s own words with a link to where they appear; a "not met" lists where we looked.</p>',
    legend(),
    '</header>',
  ].join('\n');
}

/** A pack scored by level: what the score is, then one line per level ('' for a pack with one score). */
function levelsHtml(s: AuditReport['summary']): string {
  const note = levelNote(s);
  if (!note) return '';
  return [`<p>${esc(note)}</p>`, '<ul class="levels">', ...levelSentences(s).map((t) => `<li>${esc(t)}</li>`), '</ul>'].join('\n');
}

export function renderHtml(r: AuditReport, labels: ReportLabels = DEFAULT_LABELS): string {
  const body = [
    header(r, labels),
    '<h2 id="criteria">Criteria</h2>',
    levelsHtml(r.summary),
    criteriaTable(r.criteria, `${r.ruleset.id} ${r.ruleset.version}`),
    // Out-of-date law is what a council must fix first: before the criterion details, not after.
    advisories(r),
    selfCheckHtml(r, labels),
    ...r.criteria.map(criterionSection),
    ...r.packs.map((p) =>
      [
        `<h2 id="pack-${esc(p.ruleset.id)}">Rule pack ${esc(p.ruleset.id)} ${esc(p.ruleset.version)}: ${esc(scoreText(p.summary.score))}${p.summary.complete ? '' : ' <span class="flag">incomplete</span>'}</h2>`,
        levelsHtml(p.summary),
        criteriaTable(p.criteria, `${p.ruleset.id} ${p.ruleset.version}`),
        ...p.criteria.map(criterionSection),
      ].join('\n'),
    ),
    ledger(r),
    problems(r),
    `<footer>Made by ${esc(r.tool.name)} ${esc(r.tool.version)} from report.json (schema version ${r.schemaVersion}); audit started ${esc(r.startedAt)}, finished ${esc(r.finishedAt)}.</footer>`,
  ].filter(Boolean);
  return page(`${r.organisation.name}: ${labels.pageTitle} (${scoreText(r.summary.score)})`, body.join('\n'));
}
