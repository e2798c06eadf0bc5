// diff: what changed between two reports, or two batch folders, council by council, keyed by the
// stable finding ids. Pure over loaded reports; loadDiffSide reads the disk.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, type AuditReport, type Finding, type Status } from '../core/index.js';

export interface EvidenceChange {
  findingId: string;
  ruleId: string;
  message: string;
  url?: string;
  quote?: string;
}

export interface CriterionChange {
  id: string;
  from: Status | null;
  to: Status | null;
  regression: boolean;
  appeared: EvidenceChange[];
  disappeared: EvidenceChange[];
  waiverFrom?: string;
  waiverTo?: string;
}

export interface CouncilDiff {
  slug: string;
  name: string;
  /** 'added' / 'removed': the council is in only one side */
  presence: 'both' | 'added' | 'removed';
  scoreFrom: number | null;
  scoreTo: number | null;
  criteria: CriterionChange[];
  documentsNew: string[];
  documentsGone: string[];
  documentsChanged: string[];
  /** further packs (report packs[]) whose score changed; their criteria are in `criteria` as <pack id>/<criterion id> */
  packScores?: { ruleset: string; from: number | null; to: number | null }[];
}

export interface DiffResult {
  councils: CouncilDiff[];
  regressions: number;
  newFindings: number;
  changes: number;
}

/** Higher is better; not_applicable does not compare. */
const RANK: Partial<Record<Status, number>> = { met: 3, partial: 2, needs_evidence: 1, not_met: 0, error: 0 };

export function isRegression(from: Status | null, to: Status | null): boolean {
  if (from === null) return false;
  if (to === null) return RANK[from] !== undefined && RANK[from]! > 0;
  const a = RANK[from];
  const b = RANK[to];
  return a !== undefined && b !== undefined && b < a;
}

const evidenceOf = (f: Finding): EvidenceChange[] =>
  f.evidence.length ? f.evidence.map((e) => ({ findingId: f.id, ruleId: f.ruleId, message: f.message, url: e.url, quote: e.quote })) : [{ findingId: f.id, ruleId: f.ruleId, message: f.message }];

function documents(r: AuditReport | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of r?.sources ?? []) if (s.outcome === 'assessed') m.set(s.finalUrl ?? s.url, s.contentHash ?? '');
  return m;
}

/** The main pack's criteria, then each further pack's as <pack id>/<criterion id> (ids may repeat across packs). */
function allCriteria(r: AuditReport | undefined): AuditReport['criteria'] {
  return [...(r?.criteria ?? []), ...(r?.packs ?? []).flatMap((p) => p.criteria.map((c) => ({ ...c, id: `${p.ruleset.id}/${c.id}` })))];
}

/** Further packs whose score differs between the two reports (a pack in one side only counts as a change). */
function packScoreChanges(a: AuditReport | undefined, b: AuditReport | undefined): NonNullable<CouncilDiff['packScores']> {
  const score = (r: AuditReport | undefined, id: string): number | null => r?.packs?.find((p) => p.ruleset.id === id)?.summary.score ?? null;
  const ids = [...new Set([...(a?.packs ?? []), ...(b?.packs ?? [])].map((p) => p.ruleset.id))];
  return ids.map((id) => ({ ruleset: id, from: score(a, id), to: score(b, id) })).filter((x) => x.from !== x.to);
}

/** Compare one council's two reports (either may be missing). */
export function diffReports(slug: string, a: AuditReport | undefined, b: AuditReport | undefined): CouncilDiff {
  const [allA, allB] = [allCriteria(a), allCriteria(b)];
  const ids = [...new Set([...allA, ...allB].map((c) => c.id))];
  const criteria: CriterionChange[] = [];
  for (const id of ids) {
    const ca = allA.find((c) => c.id === id);
    const cb = allB.find((c) => c.id === id);
    const fa = new Map((ca?.findings ?? []).map((f) => [f.id, f]));
    const fb = new Map((cb?.findings ?? []).map((f) => [f.id, f]));
    const appeared = [...fb.values()].filter((f) => !fa.has(f.id)).flatMap(evidenceOf);
    const disappeared = [...fa.values()].filter((f) => !fb.has(f.id)).flatMap(evidenceOf);
    const from = ca?.status ?? null;
    const to = cb?.status ?? null;
    const waiverFrom = ca?.waived?.reason;
    const waiverTo = cb?.waived?.reason;
    if (from === to && appeared.length === 0 && disappeared.length === 0 && waiverFrom === waiverTo) continue;
    criteria.push({ id, from, to, regression: isRegression(from, to), appeared, disappeared, ...(waiverFrom ? { waiverFrom } : {}), ...(waiverTo ? { waiverTo } : {}) });
  }
  const da = documents(a);
  const db = documents(b);
  const packScores = packScoreChanges(a, b);
  return {
    slug,
    name: b?.organisation.name ?? a?.organisation.name ?? slug,
    presence: a && b ? 'both' : b ? 'added' : 'removed',
    scoreFrom: a?.summary.score ?? null,
    scoreTo: b?.summary.score ?? null,
    criteria,
    documentsNew: [...db.keys()].filter((u) => !da.has(u)).sort(),
    documentsGone: [...da.keys()].filter((u) => !db.has(u)).sort(),
    documentsChanged: [...db.keys()].filter((u) => da.has(u) && da.get(u) !== db.get(u)).sort(),
    ...(packScores.length ? { packScores } : {}),
  };
}

const hasChange = (c: CouncilDiff): boolean =>
  c.presence !== 'both' || c.criteria.length > 0 || c.documentsNew.length + c.documentsGone.length + c.documentsChanged.length > 0 || c.scoreFrom !== c.scoreTo || (c.packScores?.length ?? 0) > 0;

/** One side of a diff: a report.json, a folder with report.json, or a batch folder (slug -> report path). */
export function loadDiffSide(path: string): Map<string, string> {
  if (!existsSync(path)) throw new UsageError(`no such file or folder: ${path}`);
  const single = statSync(path).isFile() ? path : join(path, 'report.json');
  if (existsSync(single)) {
    const r = readReport(single);
    return new Map([[r.organisation.slug, single]]);
  }
  const out = new Map<string, string>();
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.isDirectory() && !e.name.startsWith('.') && existsSync(join(path, e.name, 'report.json'))) out.set(e.name, join(path, e.name, 'report.json'));
  }
  if (out.size === 0) throw new UsageError(`${path} holds no report.json`, 'give two report.json files, two audit folders, or two batch output folders');
  return out;
}

export function readReport(path: string): AuditReport {
  return JSON.parse(readFileSync(path, 'utf8')) as AuditReport;
}

/** A side is one audit (a report.json, or a folder holding one) or a batch folder (folders of audits). */
function sideKind(path: string): 'audit' | 'batch' {
  return statSync(path).isFile() || existsSync(join(path, 'report.json')) ? 'audit' : 'batch';
}

/** Reads the two sides one council at a time, so memory stays at two reports. */
export function diffPaths(oldPath: string, newPath: string): DiffResult {
  const a = loadDiffSide(oldPath);
  const b = loadDiffSide(newPath);
  const kinds = [sideKind(oldPath), sideKind(newPath)];
  if (kinds[0] !== kinds[1]) {
    // One council against a whole batch would list every other council as added or removed.
    throw new UsageError(
      `cannot compare ${kinds[0] === 'audit' ? 'an audit' : 'a batch folder'} (${oldPath}) with ${kinds[1] === 'audit' ? 'an audit' : 'a batch folder'} (${newPath})`,
      `give two audits, or two batch folders; to compare one council of a batch, give its folder: ${join(kinds[0] === 'batch' ? oldPath : newPath, '<slug>')}`,
    );
  }
  // Two single reports of differently-named councils still compare with each other.
  if (a.size === 1 && b.size === 1 && statSync(oldPath).isFile() === statSync(newPath).isFile() && ![...a.keys()].some((k) => b.has(k))) {
    const [slug, pa] = [...a][0]!;
    const pb = [...b.values()][0]!;
    return tally([diffReports(slug, readReport(pa), readReport(pb))]);
  }
  const slugs = [...new Set([...a.keys(), ...b.keys()])].sort();
  return tally(slugs.map((s) => diffReports(s, a.has(s) ? readReport(a.get(s)!) : undefined, b.has(s) ? readReport(b.get(s)!) : undefined)).filter(hasChange));
}

export function tally(councils: CouncilDiff[]): DiffResult {
  const all = councils.flatMap((c) => c.criteria);
  return {
    councils,
    regressions: all.filter((c) => c.regression).length + councils.filter((c) => c.presence === 'removed').length,
    newFindings: all.reduce((n, c) => n + new Set(c.appeared.map((e) => e.findingId)).size, 0),
    changes: councils.filter(hasChange).length,
  };
}

export type FailOn = 'regression' | 'new-findings' | 'any';

export function diffFails(d: DiffResult, failOn: FailOn | undefined): boolean {
  if (failOn === 'regression') return d.regressions > 0;
  if (failOn === 'new-findings') return d.newFindings > 0;
  if (failOn === 'any') return d.changes > 0;
  return false;
}
