// `atr-audit foi`: a campaigner's information request for exactly the evidence an audit could not
// find in public. Which items to ask for and their words come from the rule pack
// (`informationRequest:` in pack.yaml); the law and the letter's frame are generic.
import type { AuditReport, CriterionVerdict } from '../core/index.js';
import type { ReportLabels } from '../report/index.js';
import type { PackDef } from '../rules/schema.js';

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

export interface RequestLaw {
  /** the Act's name as cited */
  act: string;
  /** working days the body has to answer */
  days: number;
}

/** Scotland's public bodies answer under FOISA; England, Wales and Northern Ireland under FOIA. */
export function lawFor(nation: Nation): RequestLaw {
  return nation === 'scotland' ? { act: 'Freedom of Information (Scotland) Act 2002', days: 20 } : { act: 'Freedom of Information Act 2000', days: 20 };
}

export interface RequestItem {
  criterion: string;
  title: string;
  status: string;
  text: string;
}

export interface InformationRequest {
  /** foi: a public body, under the Act; letter: a charity, not covered, asked politely */
  kind: 'foi' | 'letter';
  law?: RequestLaw;
  organisation: { name: string; url: string };
  topic: string;
  auditedOn: string;
  ruleset: { id: string; version: string };
  period: { from: string; to: string };
  items: RequestItem[];
  /** criteria that would be asked about but whose pack gives no request words */
  unworded: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-07" -> "7 December 2026", without the locale. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The three years before the audit: the same day three years earlier (28 Feb for 29 Feb) to the day before the audit. */
export function threeYearsBefore(auditDate: string): { from: string; to: string } {
  const [y, m, d] = auditDate.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y - 3, m - 1, d));
  if (start.getUTCMonth() !== m - 1) start.setUTCDate(0);
  const end = new Date(Date.UTC(y, m - 1, d - 1));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** The council's own records (a met self-check finding) already show what no website shows. */
const supplied = (c: CriterionVerdict): boolean => c.findings.some((f) => f.ruleId.startsWith('selfcheck/') && f.kind === 'verdict' && f.status === 'met');
const notMet = (c: CriterionVerdict): boolean => c.status !== 'met' && c.status !== 'not_applicable';

export function buildInformationRequest(report: AuditReport, def: PackDef | undefined, labels: ReportLabels, nation: Nation): InformationRequest {
  const auditedOn = report.finishedAt.slice(0, 10);
  const period = threeYearsBefore(auditedOn);
  const periodText = `in the three years from ${longDate(period.from)} to ${longDate(period.to)}`;
  const words = new Map((def?.criteria ?? []).map((c) => [c.id, c.informationRequest]));
  const items: RequestItem[] = [];
  const unworded: string[] = [];
  for (const c of report.criteria) {
    const w = words.get(c.id);
    const texts = [...(notMet(c) ? (w?.ifNotMet ?? []) : []), ...(!supplied(c) ? (w?.ifNotSupplied ?? []) : [])];
    if (!texts.length && c.status === 'needs_evidence') unworded.push(c.id);
    for (const t of texts) items.push({ criterion: c.id, title: c.title, status: c.status, text: t.replaceAll('{period}', periodText) });
  }
  const charity = report.organisation.type === 'voluntary-agency';
  return {
    kind: charity ? 'letter' : 'foi',
    ...(charity ? {} : { law: lawFor(nation) }),
    organisation: { name: report.organisation.name, url: report.organisation.url },
    topic: labels.heading,
    auditedOn,
    ruleset: report.ruleset,
    period,
    items,
    unworded,
  };
}
