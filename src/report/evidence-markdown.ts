// report.md's "Self-check" section (audit --evidence): the same figures as report.html, as text.
import type { AuditReport } from '../core/index.js';
import { escapeMarkdown as md } from './escape.js';
import { DEFAULT_LABELS, type ReportLabels } from './labels.js';

const pct = (p: number | null): string => (p === null ? '-' : `${p}%`);

export function selfCheckMarkdown(r: AuditReport, labels: ReportLabels = DEFAULT_LABELS): string[] {
  const s = r.selfCheck;
  if (!s) return [];
  const out = ['## Self-check: the council\'s own records', '', `From the evidence folder ${md(s.folder)}.`, ''];
  if (s.requests) {
    const f = s.requests.figures;
    out.push(
      `### C5 request log: ${s.requests.level}`,
      '',
      ...(s.requests.reasons.length ? [`${md(s.requests.reasons.join('; '))}.`, ''] : []),
      `- Requests from ${md(labels.people)}: ${f.requests} (received ${f.firstReceived ?? '-'} to ${f.lastReceived ?? '-'}; ${f.excludedNotCareExperienced} other rows left out)`,
      `- Open: ${f.open}${f.oldestOpenDays !== null ? `, oldest ${f.oldestOpenDays} days on ${f.asOf}, ${f.overdueOpen} past the lawful limit` : ''}`,
      `- Days to respond: ${f.daysToRespond ? `median ${f.daysToRespond.median}, 90th percentile ${f.daysToRespond.p90}` : 'none answered'}`,
      `- Within one calendar month: ${f.withinOneMonth.count} of ${f.withinOneMonth.of} (${pct(f.withinOneMonth.percent)}); extended ${f.extended}; within the lawful limit ${f.withinLawfulLimit.count} of ${f.withinLawfulLimit.of} (${pct(f.withinLawfulLimit.percent)})`,
      `- Clock started when identity was confirmed (received from 5 February 2026): ${f.clockStartedAtIdConfirmed}`,
      '',
      '| quarter | received | answered | within one month | within lawful limit | median days |',
      '| --- | --- | --- | --- | --- | --- |',
      ...f.byQuarter.map((q) => `| ${q.quarter} | ${q.received} | ${q.answered} | ${q.withinOneMonth} | ${q.withinLawfulLimit} | ${q.medianDays ?? '-'} |`),
      '',
    );
  }
  if (s.evaluation) {
    const f = s.evaluation.figures;
    out.push(`### C7 evaluation: ${s.evaluation.level}`, '', ...(s.evaluation.reasons.length ? [`${md(s.evaluation.reasons.join('; '))}.`, ''] : []));
    if (f) {
      for (const [name, sc] of [['overall', f.overall], ['support', f.support], ['timeliness', f.timeliness]] as const) {
        out.push(`- ${name}: ${sc.mean === null ? 'no scores' : `mean ${sc.mean} from ${sc.answered}; 4 or 5: ${sc.high.count} (${pct(sc.high.percent)})`}`);
      }
      out.push(`- Replies: ${f.replies}; with a comment: ${f.comments} (counted, never copied)`, '');
    }
  }
  for (const c of s.plainLanguage ?? []) {
    out.push(
      `### C6 ${c.role === 'letters' ? 'response letter' : 'leaflet'}: ${md(c.title)} (${c.level})`,
      '',
      `- ${c.words} words (brief limit about ${c.wordLimit}); ${c.verdict === 'too-short' ? 'too short to score' : `${c.verdict}: reading ease ${c.fleschReadingEase}, grade ${c.fleschKincaidGrade}`}; average sentence ${c.averageSentence} words, ${c.longSentences} over 25; passive ${pct(c.passive.percent)}`,
      ...c.jargon.map((j) => `- Unexplained: ${md(j.term)} (say "${md(j.plain)}")`),
      ...c.avoid.map((w) => `- Avoid: ${md(w.word)} (say "${md(w.say)}")`),
      ...c.drivers.map((d) => `- ${d.measure} (${md(d.note)}): "${md(d.quote)}"`),
      ...(c.reasons.length ? [`- ${md(c.reasons.join('; '))}`] : []),
      '',
    );
  }
  return out;
}
