// Waivers: human decisions ("we checked by hand") kept in a YAML file and applied to reports.
// A waiver marks the findings in its scope as waived, with its reason. When it also declares a
// `status` (criterion-scoped waivers only) that status replaces the rules' status for that one
// criterion, the original is kept in `waived.originalStatus`, and the summary is recomputed.
// Expired waivers are not applied; they are reported. Nothing outside the scope is touched.
import { parse } from 'yaml';
import { z } from 'zod';
import { closest, readDataFile, UsageError, type AuditReport, type CriterionVerdict, type Finding, type Status, type WaiverNote } from '../core/index.js';
import { summarise } from '../score/index.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expires must be a date like 2026-12-31');

export const waiverSchema = z
  .object({
    council: z.string().trim().min(1),
    criterion: z.string().trim().min(1).optional(),
    rule: z.string().trim().min(1).optional(),
    url: z.string().trim().min(1).optional(),
    status: z.enum(['met', 'partial', 'not_met', 'needs_evidence', 'not_applicable']).optional(),
    reason: z.string().trim().min(1),
    author: z.string().trim().min(1),
    expires: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), date),
  })
  .strict()
  .refine((w) => w.criterion !== undefined || w.rule !== undefined, { message: 'a waiver needs a criterion or a rule' })
  .refine((w) => w.status === undefined || (w.criterion !== undefined && w.rule === undefined && w.url === undefined), {
    message: 'status can only be declared for a whole criterion (no rule or url)',
  });

export type Waiver = z.infer<typeof waiverSchema>;

export function loadWaivers(path: string): Waiver[] {
  let doc: unknown;
  const text = readDataFile(path, 'waivers');
  try {
    doc = parse(text, { schema: 'core' });
  } catch (e) {
    throw new UsageError(`cannot read waivers ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { waivers?: unknown } | null)?.waivers;
  if (!Array.isArray(list)) throw new UsageError(`${path}: expected a list of waivers (or { waivers: [...] })`);
  return list.map((entry, i) => {
    const parsed = waiverSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${path}: waiver ${i + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`, 'keys: council, criterion or rule, url, status, reason, author, expires');
    }
    return parsed.data;
  });
}

export function isExpired(w: Waiver, today: string): boolean {
  return w.expires < today;
}

const forCouncil = (w: Waiver, r: AuditReport): boolean => {
  const c = w.council.toLowerCase();
  return c === r.organisation.slug || c === r.organisation.code?.toLowerCase();
};

const findingInScope = (w: Waiver, c: CriterionVerdict, f: Finding): boolean =>
  (w.criterion === undefined || w.criterion === c.id) && (w.rule === undefined || w.rule === f.ruleId) && (w.url === undefined || f.evidence.some((e) => e.url === w.url));

const note = (w: Waiver): WaiverNote => ({ reason: w.reason, author: w.author, expires: w.expires });

const SCORE: Record<Status, 1 | 0.5 | 0 | null> = { met: 1, partial: 0.5, not_met: 0, needs_evidence: null, not_applicable: null, error: null };

export interface WaiverUse {
  waiver: Waiver;
  /** findings it marked, plus 1 when it set a criterion's status */
  matched: number;
}

export interface WaivedReport {
  report: AuditReport;
  /** waivers for this council that are still in force, with what they matched (0: unused) */
  used: WaiverUse[];
  /** waivers for this council that have expired (not applied) */
  expired: Waiver[];
}

/** Applies the waivers that concern this report's council. `today` is YYYY-MM-DD. Pure. */
export function applyWaivers(report: AuditReport, waivers: Waiver[], today: string): WaivedReport {
  const mine = waivers.filter((w) => forCouncil(w, report));
  const live = mine.filter((w) => !isExpired(w, today));
  const used: WaiverUse[] = live.map((waiver) => ({ waiver, matched: 0 }));
  if (live.length === 0) return { report, used, expired: mine.filter((w) => isExpired(w, today)) };
  let statusChanged = false;
  const criteria = report.criteria.map((c) => {
    const findings = c.findings.map((f) => {
      const use = used.find((u) => findingInScope(u.waiver, c, f));
      if (!use) return f;
      use.matched++;
      return { ...f, waiver: note(use.waiver) };
    });
    const next: CriterionVerdict = { ...c, findings };
    const decider = used.find((u) => u.waiver.status !== undefined && u.waiver.criterion === c.id);
    if (decider) {
      decider.matched++;
      const status = decider.waiver.status!;
      next.waived = { ...note(decider.waiver), originalStatus: c.status };
      next.status = status;
      next.score = SCORE[status];
      next.summary = `Waived by ${decider.waiver.author}: ${decider.waiver.reason} (the rules found: ${c.status.replace('_', ' ')}).`;
      if (status === 'not_met' && !next.searched) next.searched = { pagesVisited: 0, documentsRead: 0, classesRead: [], urls: [], queries: [] };
      statusChanged = true;
    }
    return next;
  });
  const summary = statusChanged ? summarise(criteria, report.summary.sources, report.summary.levels?.map((l) => l.level)) : report.summary;
  return { report: { ...report, criteria, summary }, used, expired: mine.filter((w) => isExpired(w, today)) };
}

export interface WaiverTargets {
  /** codes and slugs of the councils in the list */
  councils: Iterable<string>;
  /** criterion ids of the packs in use */
  criteria: Iterable<string>;
  /** qualified rule ids of the packs in use (clearmark/c1-...) */
  rules: Iterable<string>;
}

/**
 * A waiver naming a council, criterion or rule that does not exist would never apply: a typo that
 * hides a human decision. Exit 2 (UsageError) naming each such waiver and the nearest real name.
 */
export function checkWaiverTargets(waivers: Waiver[], path: string, known: WaiverTargets): void {
  const councilNames = [...new Set(known.councils)];
  const councils = new Set(councilNames.map((c) => c.toLowerCase()));
  const criteria = new Set(known.criteria);
  const rules = new Set(known.rules);
  const bad: string[] = [];
  const hint = (value: string, pool: Iterable<string>): string => {
    const list = [...pool];
    const guess = list.find((k) => k.toLowerCase() === value.toLowerCase()) ?? closest(value, list);
    return guess ? ` (did you mean ${guess}?)` : '';
  };
  waivers.forEach((w, i) => {
    const at = `${path}: waiver ${i + 1}`;
    if (!councils.has(w.council.toLowerCase())) bad.push(`${at}: council ${w.council} is not in the list${hint(w.council, councilNames)}`);
    if (w.criterion !== undefined && !criteria.has(w.criterion)) bad.push(`${at}: unknown criterion ${w.criterion}${hint(w.criterion, criteria)}`);
    if (w.rule !== undefined && !rules.has(w.rule)) bad.push(`${at}: unknown rule ${w.rule}${hint(w.rule, rules)}`);
  });
  if (bad.length > 0) {
    throw new UsageError(`${bad.join('\n')}\nnothing was audited`, `criteria: ${[...criteria].join(', ')}; councils by code or slug as in the list; rules as listed by \`atr-audit rules list\``);
  }
}
