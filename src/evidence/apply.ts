// Folds the self-check into the report: C5 from the request log, C7 from the form and its replies.
// The better of the public verdict and the self-check stands; neither file missing ever gives not_met.
import { trimQuote, type AuditReport, type ClassifiedDocument, type CriterionVerdict, type Evidence, type EvidenceInput, type ExtractedDocument, type Finding, type PlainLanguageCheck, type SelfCheck, type Status } from '../core/index.js';
import { findingId, summarise } from '../score/index.js';
import { evaluationFigures, requestFigures, requestLevel } from './figures.js';
import { describePlainLanguage, plainLanguageCheck } from './plain-language.js';
import { describeRequests, describeEvaluation, PANEL_QUESTIONS_C5, PANEL_QUESTIONS_C7 } from './describe.js';
import { NO_SELF_CHECK_WORDS, type SelfCheckWords } from './plain-words.js';

const RANK: Partial<Record<Status, number>> = { met: 3, partial: 2, not_met: 1 };

// What an evaluation form asks: the service (records, request) and how it went.
const FORM_WORDS = /\b(evaluation|feedback|survey|questionnaire|tell us what you think|how satisfied|how did we do|rate)\b/i;
const ASKS = [/\bsatisf/i, /\bsupport/i, /\b(timel|how long|quick|on time|waited?)/i];
// A form asks for a score or a tick: a complaints procedure or a "Was this page helpful?" widget does not.
const SCALE = /(\b1\s*(to|-|–)\s*5\b|\b1\s*=|\brate\b|\brating\b|\bscale\b|strongly agree|very satisfied|\btick\b)/i;

/** An evaluation form: a feedback or survey document with a scale, asking about at least two of satisfaction, support and timeliness. */
export function isEvaluationForm(doc: Pick<ExtractedDocument, 'text' | 'title'>): boolean {
  const text = `${doc.title}\n${doc.text}`;
  return FORM_WORDS.test(text) && SCALE.test(text) && ASKS.filter((re) => re.test(text)).length >= 2;
}

function selfCheckFinding(ruleId: string, status: Status, message: string): Finding {
  return { id: findingId(ruleId, []), ruleId, kind: 'verdict', status, message, evidence: [] };
}

/** Raise a criterion to the self-check level when that is better, and add the self-check's findings first. */
function fold(c: CriterionVerdict, level: 'met' | 'partial' | 'needs_evidence', summary: string, findings: Finding[]): void {
  if (level !== 'needs_evidence' && (RANK[level] ?? 0) > (RANK[c.status] ?? 0) && c.status !== 'error') {
    c.status = level;
    c.score = level === 'met' ? 1 : 0.5;
    c.summary = summary;
    if (level === 'met') delete c.searched;
  }
  c.findings = [...findings, ...c.findings];
}

/** `words`: the pack's (selfCheckWordsOf the first pack): who the log counts and the jargon of letters and leaflets. */
export function applySelfCheck(report: AuditReport, input: EvidenceInput, documents: ClassifiedDocument[], words: SelfCheckWords = NO_SELF_CHECK_WORDS): void {
  const asOf = report.startedAt.slice(0, 10);
  const roleOf = new Map(input.roles.map((r) => [r.url, r.role]));
  const supplied = documents.filter((d) => roleOf.has(d.url));
  const self: SelfCheck = {
    folder: input.folder,
    documents: input.roles.map((r) => ({ ...r, ...(documents.find((d) => d.url === r.url)?.title ? { title: documents.find((d) => d.url === r.url)!.title } : {}) })),
  };
  const criterion = (id: string): CriterionVerdict | undefined => report.criteria.find((c) => c.id === id);

  if (input.requests) {
    const figures = requestFigures(input.requests.rows, asOf);
    const { level, reasons } = requestLevel(figures, words.people);
    self.requests = { level, reasons, figures };
    const c5 = criterion('C5');
    if (c5) {
      const message = describeRequests(figures, level, reasons, words.people);
      fold(c5, level, message, [
        selfCheckFinding('selfcheck/c5-request-log', level, message),
        selfCheckFinding('selfcheck/c5-panel-questions', 'needs_evidence', PANEL_QUESTIONS_C5),
      ]);
    }
  }

  const forms = supplied.filter((d) => roleOf.get(d.url) === 'forms' || roleOf.get(d.url) === 'other').filter(isEvaluationForm).map((d) => d.url);
  if (forms.length || input.evaluation) {
    const figures = input.evaluation ? evaluationFigures(input.evaluation.rows, input.requests?.rows) : undefined;
    const reasons: string[] = [];
    if (!forms.length) reasons.push('no evaluation form was found among the supplied documents (forms/): add the form sent with records');
    if (!figures || figures.replies === 0) reasons.push('no replies to the form were supplied (evaluation.csv)');
    const level = reasons.length ? 'partial' : 'met';
    self.evaluation = { level, reasons, forms, ...(figures ? { figures } : {}) };
    const c7 = criterion('C7');
    if (c7) {
      const message = describeEvaluation(figures, forms.length, level, reasons);
      fold(c7, level, message, [selfCheckFinding('selfcheck/c7-evaluation', level, message), selfCheckFinding('selfcheck/c7-panel-questions', 'needs_evidence', PANEL_QUESTIONS_C7)]);
    }
  }

  const readable = supplied.filter((d) => roleOf.get(d.url) === 'letters' || roleOf.get(d.url) === 'leaflets');
  if (readable.length) {
    const checks = readable.map((d) => ({ doc: d, check: plainLanguageCheck(d, roleOf.get(d.url) as 'letters' | 'leaflets', { nation: report.organisation.nation, words }) }));
    self.plainLanguage = checks.map((c) => c.check);
    const c6 = criterion('C6');
    if (c6) foldPlainLanguage(c6, checks);
  }

  report.summary = summarise(report.criteria, report.summary.sources, report.summary.levels?.map((l) => l.level));
  report.selfCheck = self;
}

/** The sentences behind a plain-language finding, as quoted evidence (up to five). */
function plainEvidence(doc: ClassifiedDocument, c: PlainLanguageCheck): Evidence[] {
  const quotes = [...c.drivers.map((d) => ({ quote: d.quote, location: d.location })), ...c.jargon.map((j) => ({ quote: j.quote, location: j.location }))];
  const seen = new Set<string>();
  return quotes
    .filter((q) => !seen.has(q.quote) && Boolean(seen.add(q.quote)))
    .slice(0, 5)
    .map((q) => ({ url: doc.url, title: doc.title, kind: doc.kind, location: q.location, quote: trimQuote(q.quote), contentHash: doc.contentHash, fetchedAt: doc.fetchedAt }));
}

/**
 * Each letter and leaflet gets its own finding. A supplied response letter that is not plain
 * enough keeps C6 from being met (the CLEARmark asks for a brief, jargon-free letter).
 */
function foldPlainLanguage(c6: CriterionVerdict, checks: { doc: ClassifiedDocument; check: PlainLanguageCheck }[]): void {
  const findings: Finding[] = checks.map(({ doc, check }) => {
    const ruleId = check.role === 'letters' ? 'selfcheck/c6-letter' : 'selfcheck/c6-leaflet';
    const evidence = plainEvidence(doc, check);
    return { id: findingId(ruleId, [{ url: doc.url, quote: doc.url } as Evidence]), ruleId, kind: 'verdict', status: check.level, message: describePlainLanguage(check), evidence };
  });
  const badLetter = checks.find((c) => c.check.role === 'letters' && c.check.level === 'partial');
  if (badLetter && c6.status === 'met') {
    c6.status = 'partial';
    c6.score = 0.5;
    c6.summary = `The guide is met, but the response letter "${badLetter.check.title}" is not yet brief and plain: ${badLetter.check.reasons.join('; ')}.`;
  }
  c6.findings = [...findings, ...c6.findings];
}
