// The application evidence pack (`atr-audit pack <audit-dir>`): what a council sends with its
// application, built from report.json alone. Pure: the same report gives the same pack.
import type { AuditReport, CriterionVerdict, EvaluationFigures, Finding, PlainLanguageCheck, RequestFigures, Severity, Status } from '../core/index.js';
import { DEFAULT_LABELS, STATUS_WORD, reportAdvisories, type ReportLabels } from '../report/index.js';

export interface PackQuote {
  quote: string;
  title: string;
  url: string;
  location: string;
  kind: string;
  fetchedAt: string;
}

export interface PackCriterion {
  id: string;
  title: string;
  status: Status;
  statusWord: string;
  summary: string;
  /** verdict findings that found something (met or partial), with their quotes and where they came from */
  found: { message: string; status: string; quotes: PackQuote[] }[];
  /** what is missing and what to do: empty when the criterion is met and nothing is left to supply */
  missing: string[];
}

export interface PackModel {
  organisation: { name: string; url: string; type: string; nation?: string };
  ruleset: { id: string; version: string };
  auditedOn: string;
  score: number | null;
  readyLabel: string;
  ready: boolean;
  heading: string;
  people: string;
  criteria: PackCriterion[];
  /** every supplied letter and leaflet, measured */
  readability: PlainLanguageCheck[];
  /** legal and other advisories on any document: what is wrong and the current position */
  legal: { criterion: string; severity: Severity; message: string; correction?: string; quotes: PackQuote[] }[];
  requests?: { level: string; reasons: string[]; figures: RequestFigures };
  evaluation?: { level: string; reasons: string[]; forms: number; figures?: EvaluationFigures };
  /** what the panel will ask that documents cannot show, by criterion */
  panelQuestions: { criterion: string; text: string }[];
  /** the documents the council supplied (--evidence), by role */
  documents: { url: string; role: string; title: string }[];
}

const isAsk = (f: Finding): boolean => f.kind === 'verdict' && f.status === 'needs_evidence';
const isSelfCheck = (f: Finding): boolean => f.ruleId.startsWith('selfcheck/');

/**
 * The asks of a criterion that are still open: a pack's "ask for" finding stands unless the council's
 * own records already answered it (a self-check finding on the same criterion is met). Self-check
 * asks are the panel's questions, kept apart.
 */
export function openAsks(c: CriterionVerdict): { missing: Finding[]; panel: Finding[] } {
  const answered = c.findings.some((f) => isSelfCheck(f) && f.kind === 'verdict' && f.status === 'met');
  const asks = c.findings.filter(isAsk);
  return { missing: answered ? [] : asks.filter((f) => !isSelfCheck(f)), panel: asks.filter(isSelfCheck) };
}

function quotesOf(f: Finding): PackQuote[] {
  return f.evidence.map((e) => ({ quote: e.quote, title: e.title || e.url, url: e.url, location: e.location, kind: e.kind, fetchedAt: e.fetchedAt }));
}

function criterionOf(c: CriterionVerdict): PackCriterion {
  const { missing } = openAsks(c);
  const found = c.findings.filter((f) => f.kind === 'verdict' && (f.status === 'met' || f.status === 'partial'));
  const notYet = found.filter((f) => f.status === 'partial').map((f) => f.message);
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    statusWord: STATUS_WORD[c.status],
    summary: c.summary,
    found: found.map((f) => ({ message: f.message, status: String(f.status), quotes: quotesOf(f) })),
    missing: [...new Set([...(c.status === 'met' ? [] : [c.summary]), ...(c.status === 'met' ? [] : notYet), ...missing.map((f) => f.message)])],
  };
}

export function buildPackModel(report: AuditReport, labels: ReportLabels = DEFAULT_LABELS): PackModel {
  const s = report.selfCheck;
  const titles = new Map((s?.documents ?? []).map((d) => [d.url, d.title ?? d.url]));
  const model: PackModel = {
    organisation: { name: report.organisation.name, url: report.organisation.url, type: report.organisation.type, ...(report.organisation.nation ? { nation: report.organisation.nation } : {}) },
    ruleset: report.ruleset,
    auditedOn: report.finishedAt.slice(0, 10),
    score: report.summary.score,
    readyLabel: labels.ready,
    ready: report.summary.clearmarkReady,
    heading: labels.heading,
    people: labels.people,
    criteria: report.criteria.map(criterionOf),
    readability: s?.plainLanguage ?? [],
    // the main pack's advisories and the other packs' (legal-accuracy's warnings, on by default)
    legal: reportAdvisories(report).map(({ c, f }) => ({ criterion: c.id, severity: f.status as Severity, message: f.message, ...(f.correction ? { correction: f.correction } : {}), quotes: quotesOf(f) })),
    panelQuestions: report.criteria.flatMap((c) => openAsks(c).panel.map((f) => ({ criterion: c.id, text: f.message }))),
    documents: (s?.documents ?? []).map((d) => ({ url: d.url, role: d.role, title: titles.get(d.url) ?? d.url })),
  };
  if (s?.requests) model.requests = { level: s.requests.level, reasons: s.requests.reasons, figures: s.requests.figures };
  if (s?.evaluation) model.evaluation = { level: s.evaluation.level, reasons: s.evaluation.reasons, forms: s.evaluation.forms.length, ...(s.evaluation.figures ? { figures: s.evaluation.figures } : {}) };
  // Criteria that stay needs_evidence with no self-check: the panel will ask for what the pack says to ask for.
  for (const c of report.criteria) {
    if (c.status === 'needs_evidence' && !model.panelQuestions.some((q) => q.criterion === c.id)) model.panelQuestions.push({ criterion: c.id, text: c.summary });
  }
  model.panelQuestions.sort((a, b) => report.criteria.findIndex((c) => c.id === a.criterion) - report.criteria.findIndex((c) => c.id === b.criterion));
  return model;
}
