// The self-check's sentences: figures a council and a panel can read, and what the log cannot show.
import type { EvaluationFigures, RequestFigures, Share } from '../core/index.js';

export function percentText(s: Share): string {
  return s.percent === null ? 'none answered' : `${s.count} of ${s.of} (${s.percent}%)`;
}

/** `people`: who the log counts, from the pack's labels ("people who were in care"). */
export function describeRequests(f: RequestFigures, level: 'met' | 'partial', reasons: string[], people: string): string {
  const parts = [
    `Request log: ${f.requests} request${f.requests === 1 ? '' : 's'} from ${people} received ${f.firstReceived ?? '-'} to ${f.lastReceived ?? '-'}` +
      (f.excludedNotCareExperienced ? ` (${f.excludedNotCareExperienced} other row${f.excludedNotCareExperienced === 1 ? '' : 's'} left out)` : '') + '.',
    `${f.answered} answered, ${f.open} open${f.oldestOpenDays !== null ? ` (oldest ${f.oldestOpenDays} days on ${f.asOf}${f.overdueOpen ? `, ${f.overdueOpen} past the lawful limit` : ''})` : ''}.`,
    f.daysToRespond ? `Days to respond: median ${f.daysToRespond.median}, 90th percentile ${f.daysToRespond.p90}.` : '',
    `Within one calendar month: ${percentText(f.withinOneMonth)}; extended: ${f.extended}; within the lawful limit: ${percentText(f.withinLawfulLimit)}.`,
    level === 'met' ? `The log covers ${f.monthsCovered} months: a monitoring system (self-check).` : `Partial: ${reasons.join('; ')}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

export function describeEvaluation(f: EvaluationFigures | undefined, forms: number, level: 'met' | 'partial', reasons: string[]): string {
  const parts = [
    forms ? `Evaluation form supplied (${forms} document${forms === 1 ? '' : 's'}).` : '',
    f
      ? `${f.replies} repl${f.replies === 1 ? 'y' : 'ies'}${f.firstReceived ? ` from ${f.firstReceived} to ${f.lastReceived}` : ''}: overall mean ${f.overall.mean ?? '-'} (4-5: ${percentText(f.overall.high)}), support mean ${f.support.mean ?? '-'}, timeliness mean ${f.timeliness.mean ?? '-'}; ${f.comments} with a comment (not copied).` +
        (f.perDisclosedRequest ? ` ${f.perDisclosedRequest.replies} replies for ${f.perDisclosedRequest.disclosed} requests answered in the log's period.` : '')
      : '',
    level === 'met' ? 'The form is used and its replies summarised (self-check).' : `Partial: ${reasons.join('; ')}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

export const PANEL_QUESTIONS_C5 =
  'What the panel will ask that the log cannot show: who reviews these figures and how often (a report to the corporate parenting panel or the DPO), ' +
  'why requests were extended or late and what changed as a result, whether the log holds every request however it arrived (a social worker, a PA, social media), ' +
  'what redaction approach was taken, and the reasons people give for asking.';

export const PANEL_QUESTIONS_C7 =
  'What the panel will ask that the replies cannot show: how the form reaches everyone who receives records (and in what formats), ' +
  'who reads the replies, and what the service changed because of them ("you told us, we changed").';
