// report.html's "Self-check" section (audit --evidence): the request log figures with a chart by
// quarter as inline SVG (no script; a table gives the same numbers), and the evaluation summary.
// Free-text comments are never in the report, so nothing here can show one.
import { DEFAULT_LABELS, type ReportLabels } from './labels.js';
import type { AuditReport, EvaluationFigures, PlainLanguageCheck, QuarterFigures, RequestFigures, SelfCheck } from '../core/index.js';
import { esc, link } from './html-parts.js';

const pct = (p: number | null): string => (p === null ? '-' : `${p}%`);

/** Bars per quarter: requests received (light) and of them answered within one month (dark); numbers written on the chart. */
export function quarterChartSvg(quarters: QuarterFigures[]): string {
  const barW = 18;
  const gap = 4;
  const groupW = barW * 2 + gap + 24;
  const plotH = 140;
  const left = 36;
  const top = 16;
  const width = left + Math.max(1, quarters.length) * groupW + 10;
  const height = top + plotH + 40;
  const max = Math.max(1, ...quarters.map((q) => q.received));
  const y = (n: number): number => top + plotH - (plotH * n) / max;
  const desc = quarters.map((q) => `${q.quarter}: ${q.received} received, ${q.withinOneMonth} answered within one month`).join('; ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="c5-chart-title c5-chart-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    '<title id="c5-chart-title">Care-record requests by quarter received</title>',
    `<desc id="c5-chart-desc">${esc(desc)}</desc>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${width - 4}" y2="${top + plotH}" stroke="#333"/>`,
    `<text x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text>`,
    `<text x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`,
  ];
  quarters.forEach((q, i) => {
    const x = left + 8 + i * groupW;
    const bar = (n: number, dx: number, fill: string, label: string): string =>
      `<rect x="${x + dx}" y="${y(n)}" width="${barW}" height="${top + plotH - y(n)}" fill="${fill}" stroke="#333"><title>${esc(`${q.quarter}: ${n} ${label}`)}</title></rect>` +
      `<text x="${x + dx + barW / 2}" y="${y(n) - 3}" text-anchor="middle">${n}</text>`;
    parts.push(bar(q.received, 0, '#c6dbef', 'received'), bar(q.withinOneMonth, barW + gap, '#08519c', 'answered within one month'));
    parts.push(`<text x="${x + barW + gap / 2}" y="${top + plotH + 14}" text-anchor="middle">${esc(q.quarter)}</text>`);
  });
  const ly = top + plotH + 30;
  parts.push(
    `<rect x="${left}" y="${ly - 9}" width="10" height="10" fill="#c6dbef" stroke="#333"/><text x="${left + 14}" y="${ly}">received</text>`,
    `<rect x="${left + 80}" y="${ly - 9}" width="10" height="10" fill="#08519c" stroke="#333"/><text x="${left + 94}" y="${ly}">answered within one calendar month</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

function quarterTable(quarters: QuarterFigures[]): string {
  const rows = quarters
    .map((q) => `<tr><th scope="row">${esc(q.quarter)}</th><td>${q.received}</td><td>${q.answered}</td><td>${q.withinOneMonth}</td><td>${q.withinLawfulLimit}</td><td>${q.medianDays ?? '-'}</td></tr>`)
    .join('');
  return `<table><caption>Requests by quarter received (the chart's numbers)</caption><thead><tr><th scope="col">quarter</th><th scope="col">received</th><th scope="col">answered</th><th scope="col">within one month</th><th scope="col">within the lawful limit</th><th scope="col">median days</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function dl(items: [string, string][]): string {
  return `<dl>${items.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function requestSection(r: NonNullable<SelfCheck['requests']>, labels: ReportLabels): string {
  const f: RequestFigures = r.figures;
  const yn = (c?: { given: number; yes: number }): string => (c ? `${c.yes} of ${c.given} rows that say` : 'not recorded');
  return [
    `<h3 id="selfcheck-c5">C5 request log (requests.csv): ${esc(r.level)}</h3>`,
    r.reasons.length ? `<p>${esc(r.reasons.join('; '))}.</p>` : '',
    dl([
      [`requests from ${labels.people}`, `${f.requests} (received ${f.firstReceived ?? '-'} to ${f.lastReceived ?? '-'}; ${f.excludedNotCareExperienced} other row${f.excludedNotCareExperienced === 1 ? '' : 's'} left out)`],
      ['open', `${f.open}${f.oldestOpenDays !== null ? `, the oldest ${f.oldestOpenDays} days old on ${f.asOf}; ${f.overdueOpen} past the lawful limit` : ''}`],
      ['days to respond', f.daysToRespond ? `median ${f.daysToRespond.median}, 90th percentile ${f.daysToRespond.p90}` : 'no request answered'],
      ['answered within one calendar month', `${f.withinOneMonth.count} of ${f.withinOneMonth.of} (${pct(f.withinOneMonth.percent)})`],
      ['extended', String(f.extended)],
      ['answered within the lawful limit (three months when extended)', `${f.withinLawfulLimit.count} of ${f.withinLawfulLimit.of} (${pct(f.withinLawfulLimit.percent)})`],
      ['clock started when identity was confirmed (received from 5 February 2026)', String(f.clockStartedAtIdConfirmed)],
      ['support offered / taken up', `${yn(f.supportOffered)} / ${yn(f.supportTaken)}`],
      ['complaints', yn(f.complaints)],
    ]),
    f.byQuarter.length ? `<figure class="chart">${quarterChartSvg(f.byQuarter)}<figcaption>Requests received and answered within one calendar month, by quarter received.</figcaption></figure>` : '',
    f.byQuarter.length ? quarterTable(f.byQuarter) : '',
  ].filter(Boolean).join('\n');
}

function evaluationSection(e: NonNullable<SelfCheck['evaluation']>): string {
  const f: EvaluationFigures | undefined = e.figures;
  const score = (name: string, s: EvaluationFigures['overall']): [string, string] => [name, s.mean === null ? 'no scores' : `mean ${s.mean} from ${s.answered}; 4 or 5: ${s.high.count} (${pct(s.high.percent)})`];
  return [
    `<h3 id="selfcheck-c7">C7 evaluation (form and evaluation.csv): ${esc(e.level)}</h3>`,
    e.reasons.length ? `<p>${esc(e.reasons.join('; '))}.</p>` : '',
    e.forms.length ? `<p>Evaluation form: ${e.forms.map((u) => link(u)).join(', ')}</p>` : '',
    f
      ? dl([
          ['replies', `${f.replies}${f.firstReceived ? ` (${f.firstReceived} to ${f.lastReceived})` : ''}`],
          score('overall', f.overall),
          score('support', f.support),
          score('timeliness', f.timeliness),
          ['comments', `${f.comments} replies have a comment (counted only; read them in the replies themselves)`],
          ...(f.perDisclosedRequest ? [['replies per request answered', `${f.perDisclosedRequest.replies} for ${f.perDisclosedRequest.disclosed} (${f.perDisclosedRequest.from} to ${f.perDisclosedRequest.to})`] as [string, string]] : []),
        ])
      : '',
  ].filter(Boolean).join('\n');
}

function plainLanguageSection(c: PlainLanguageCheck): string {
  const what = c.role === 'letters' ? 'Response letter' : 'Leaflet';
  const score = c.verdict === 'too-short' ? 'too short to score for reading ease (under 100 words)' : `${c.verdict}: Flesch reading ease ${c.fleschReadingEase}, Flesch-Kincaid grade ${c.fleschKincaidGrade}`;
  const items: [string, string][] = [
    ['words', `${c.words} (brief limit about ${c.wordLimit})${c.pages ? `, ${c.pages} pages` : ''}`],
    ['readability', score],
    ['sentences', `${c.sentences}, average ${c.averageSentence} words, ${c.longSentences} over 25 words`],
    ['passive voice', `${c.passive.count} of ${c.passive.of} sentences (${pct(c.passive.percent)})`],
    ['unexplained jargon', c.jargon.length ? c.jargon.map((j) => `${j.term}: say "${j.plain}"`).join('; ') : 'none'],
    ['words to avoid', c.avoid.length ? c.avoid.map((w) => `${w.word}: say "${w.say}"`).join('; ') : 'none'],
    ['headings and lists', `${c.headings} headings, ${c.listItems} list items`],
    ['other formats offered', c.formats.length ? c.formats.join(', ') : 'none'],
  ];
  const drivers = c.drivers.map((d) => `<li><strong>${esc(d.measure)}</strong> (${esc(d.note)}, ${esc(d.location)}): <q>${esc(d.quote)}</q></li>`).join('');
  return [
    `<h4>${esc(what)}: ${link(c.url, c.title || c.url)} (${esc(c.level)})</h4>`,
    c.reasons.length ? `<p>${esc(c.reasons.join('; '))}.</p>` : '',
    dl(items),
    drivers ? `<p>The sentences that drive these figures:</p><ul>${drivers}</ul>` : '',
  ].filter(Boolean).join('\n');
}

/** The section, or '' when the audit had no --evidence. */
export function selfCheckHtml(r: AuditReport, labels: ReportLabels = DEFAULT_LABELS): string {
  const s = r.selfCheck;
  if (!s) return '';
  const docs = s.documents.map((d) => `<li>${esc(d.role)}: ${link(d.url, d.title ?? d.url)}</li>`).join('');
  return [
    '<h2 id="self-check">Self-check: the council\'s own records</h2>',
    `<p>From the evidence folder ${esc(s.folder)}. Every figure is counted from calendar dates; see the README, "Self-check".</p>`,
    s.requests ? requestSection(s.requests, labels) : '<p>No request log (requests.csv): C5 stays as the public evidence leaves it.</p>',
    s.evaluation ? evaluationSection(s.evaluation) : '<p>No evaluation form or replies: C7 stays as the public evidence leaves it.</p>',
    s.plainLanguage?.length ? `<h3 id="selfcheck-c6">C6 letters and leaflets against the plain-language targets</h3>\n${s.plainLanguage.map(plainLanguageSection).join('\n')}` : '',
    docs ? `<h3>Documents supplied</h3><ul>${docs}</ul>` : '',
  ].filter(Boolean).join('\n');
}
