// The figures of the pack as plain lines, shared by the HTML and Word renderers so both say the same.
import type { EvaluationFigures, PlainLanguageCheck, RequestFigures, Share } from '../core/index.js';

const pct = (s: Share): string => `${s.count} of ${s.of}${s.percent === null ? '' : ` (${s.percent}%)`}`;

export function requestLines(f: RequestFigures, people: string): string[] {
  return [
    `Requests from ${people}: ${f.requests}, received ${f.firstReceived ?? '-'} to ${f.lastReceived ?? '-'} (${f.monthsCovered} calendar months of answered requests; ${f.excludedNotCareExperienced} other rows left out).`,
    `Answered: ${f.answered}. Open: ${f.open}${f.oldestOpenDays !== null ? `, the oldest ${f.oldestOpenDays} days on ${f.asOf}, ${f.overdueOpen} past the lawful limit` : ''}.`,
    `Days to respond: ${f.daysToRespond ? `median ${f.daysToRespond.median}, 90th percentile ${f.daysToRespond.p90}` : 'none answered'}.`,
    `Answered within one calendar month: ${pct(f.withinOneMonth)}. Extended: ${f.extended}. Within the lawful limit: ${pct(f.withinLawfulLimit)}.`,
    `Clock started when identity was confirmed (requests received from 5 February 2026): ${f.clockStartedAtIdConfirmed}.`,
    ...(f.supportOffered ? [`Support offered: ${f.supportOffered.yes} of ${f.supportOffered.given}.`] : []),
    ...(f.supportTaken ? [`Support taken up: ${f.supportTaken.yes} of ${f.supportTaken.given}.`] : []),
    ...(f.complaints ? [`Complaints: ${f.complaints.yes} of ${f.complaints.given}.`] : []),
  ];
}

export const QUARTER_HEADER = ['Quarter', 'Received', 'Answered', 'Within one month', 'Within lawful limit', 'Median days'];

export function quarterRows(f: RequestFigures): string[][] {
  return f.byQuarter.map((q) => [q.quarter, String(q.received), String(q.answered), String(q.withinOneMonth), String(q.withinLawfulLimit), q.medianDays === null ? '-' : String(q.medianDays)]);
}

export function evaluationLines(f: EvaluationFigures | undefined, forms: number): string[] {
  const out = [forms ? `Evaluation form supplied (${forms} document${forms === 1 ? '' : 's'}).` : 'No evaluation form was supplied.'];
  if (!f) return [...out, 'No replies were supplied.'];
  out.push(`Replies: ${f.replies}${f.firstReceived ? `, received ${f.firstReceived} to ${f.lastReceived}` : ''}.`);
  for (const [name, s] of [['Overall', f.overall], ['Support', f.support], ['Timeliness', f.timeliness]] as const) {
    out.push(`${name}: ${s.mean === null ? 'no scores' : `mean ${s.mean} from ${s.answered} replies; 4 or 5: ${pct(s.high)}`}.`);
  }
  out.push(`Replies with a comment: ${f.comments} (counted; comments are not copied into this pack).`);
  if (f.perDisclosedRequest) out.push(`${f.perDisclosedRequest.replies} replies for ${f.perDisclosedRequest.disclosed} requests answered from ${f.perDisclosedRequest.from} to ${f.perDisclosedRequest.to}.`);
  return out;
}

export function readabilityLines(c: PlainLanguageCheck): string[] {
  return [
    `${c.words} words (brief limit about ${c.wordLimit}${c.pages ? `; ${c.pages} pages` : ''}); ${c.sentences} sentences, average ${c.averageSentence} words, ${c.longSentences} over 25 words.`,
    c.verdict === 'too-short' ? 'Too short to score for reading ease.' : `Reading: ${c.verdict}. Flesch reading ease ${c.fleschReadingEase}; Flesch-Kincaid grade ${c.fleschKincaidGrade}.`,
    `Passive voice: ${pct(c.passive)} sentences. Headings: ${c.headings}; list items: ${c.listItems}. Other formats offered: ${c.formats.length ? c.formats.join(', ') : 'none'}.`,
    ...c.jargon.map((j) => `Unexplained: "${j.term}". Say instead: "${j.plain}". In: "${j.quote}" (${j.location}).`),
    ...c.avoid.map((w) => `Word to avoid: "${w.word}". Say instead: "${w.say}".`),
    ...c.drivers.map((d) => `${d.measure} (${d.note}): "${d.quote}" (${d.location}).`),
    ...(c.reasons.length ? [`${c.level === 'met' ? 'To improve' : 'Not yet plain enough'}: ${c.reasons.join('; ')}.`] : []),
  ];
}
