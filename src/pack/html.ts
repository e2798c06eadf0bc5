// evidence-pack.html: self-contained, readable offline and without JavaScript, printable.
import { escapeHtml as h } from '../report/index.js';
import { evaluationLines, QUARTER_HEADER, quarterRows, readabilityLines, requestLines } from './figure-lines.js';
import type { PackModel, PackQuote } from './model.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #2a6f97;background:#f4f8fb}
.source{font-size:.9rem;color:#444}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}
.status{font-weight:bold}@media print{h2{page-break-before:auto}}`;

/** A link only for a web address; a local file is named, not linked (the reader has no such path). */
function source(q: PackQuote): string {
  const name = h(q.title);
  const where = `${h(q.location)}, ${h(q.kind.toUpperCase())}, read ${h(q.fetchedAt.slice(0, 10))}`;
  return /^https?:\/\//i.test(q.url) ? `<a href="${h(q.url)}">${name}</a> (${where})` : `${name} (${where})`;
}

const quotes = (qs: PackQuote[]): string => qs.map((q) => `<blockquote>${h(q.quote)}<div class="source">— ${source(q)}</div></blockquote>`).join('\n');
const list = (items: string[]): string => (items.length ? `<ul>\n${items.map((i) => `<li>${h(i)}</li>`).join('\n')}\n</ul>` : '');

export function renderPackHtml(m: PackModel): string {
  const title = `${m.organisation.name}: evidence pack, ${m.heading}`;
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${h(title)}</h1>`,
    `<p>${h(m.organisation.name)} (${h(m.organisation.url)}), audited on ${h(m.auditedOn)} against ${h(m.ruleset.id)} ${h(m.ruleset.version)}. ` +
      `Score ${m.score === null ? 'none' : `${m.score}/100`}. ${h(m.readyLabel)}: ${m.ready ? 'yes' : 'not yet'}.</p>`,
    '<h2>Summary</h2>',
    '<table><thead><tr><th>Criterion</th><th>Status</th><th>What we found</th></tr></thead><tbody>',
    ...m.criteria.map((c) => `<tr><td>${h(c.id)} ${h(c.title)}</td><td class="status">${h(c.statusWord)}</td><td>${h(c.summary)}</td></tr>`),
    '</tbody></table>',
  ];
  for (const c of m.criteria) {
    out.push(`<h2 id="${h(c.id)}">${h(c.id)} ${h(c.title)}: ${h(c.statusWord)}</h2>`, `<p>${h(c.summary)}</p>`);
    if (c.found.length) {
      out.push('<h3>Evidence found</h3>');
      for (const f of c.found) out.push(`<p>${h(f.message)}</p>`, quotes(f.quotes));
    }
    out.push('<h3>Still missing, and what to do</h3>', c.missing.length ? list(c.missing) : '<p>Nothing: this criterion is met.</p>');
  }
  if (m.readability.length) {
    out.push('<h2>Letters and leaflets: plain language</h2>');
    for (const r of m.readability) out.push(`<h3>${r.role === 'letters' ? 'Response letter' : 'Leaflet'}: ${h(r.title)} (${h(r.level)})</h3>`, list(readabilityLines(r)));
  }
  out.push('<h2>Legal accuracy</h2>', m.legal.length ? '' : '<p>No outdated or wrong statements were found in the documents read.</p>');
  for (const l of m.legal) {
    out.push(`<h3>${h(l.criterion)}, ${h(l.severity)}${l.quotes[0] ? `: ${h(l.quotes[0].title)}` : ''}</h3>`, `<p>${h(l.message)}</p>`, l.correction ? `<p>Current position: ${h(l.correction)}</p>` : '', quotes(l.quotes));
  }
  if (m.requests) {
    out.push(`<h2>Request log (C5): ${h(m.requests.level)}</h2>`, list(requestLines(m.requests.figures, m.people)), m.requests.reasons.length ? `<p>${h(m.requests.reasons.join('; '))}.</p>` : '');
    out.push(
      '<table><thead><tr>',
      ...QUARTER_HEADER.map((c) => `<th>${h(c)}</th>`),
      '</tr></thead><tbody>',
      ...quarterRows(m.requests.figures).map((r) => `<tr>${r.map((v) => `<td>${h(v)}</td>`).join('')}</tr>`),
      '</tbody></table>',
    );
  }
  if (m.evaluation) {
    out.push(`<h2>Evaluation (C7): ${h(m.evaluation.level)}</h2>`, list(evaluationLines(m.evaluation.figures, m.evaluation.forms)), m.evaluation.reasons.length ? `<p>${h(m.evaluation.reasons.join('; '))}.</p>` : '');
  }
  out.push('<h2>What the panel will ask</h2>', m.panelQuestions.length ? list(m.panelQuestions.map((q) => `${q.criterion}: ${q.text}`)) : '<p>Nothing beyond the documents above.</p>');
  if (m.documents.length) {
    out.push('<h2>Documents supplied</h2>', list(m.documents.map((d) => `${d.role}: ${d.title}`)));
  }
  out.push('</body></html>', '');
  return out.join('\n');
}
