import type { ClassifiedDocument, CriterionVerdict, Finding, Jurisdiction, LevelSummary, Nation, NationBasis, PackResult, Problem, ReportSummary, Searched, SourceCounts, Status, StatusCounts } from '../core/index.js';
import { NATION_NAMES } from '../nation/index.js';
import { describeCheck, type LoadedPack } from '../rules/index.js';
import type { RuleOutcome } from '../evaluate/index.js';
import { findingFromOutcome, findingId } from './findings.js';
import { separateContradicted } from './contradictions.js';

export interface ScoreContext {
  /** resources we could not read that may have held evidence (script-built pages, broken documents), with what links to them say */
  unreadable: (Problem & { about?: string })[];
  /** nothing at all could be read: every criterion is an error */
  nothingRead: boolean;
  pagesVisited: number;
  sourceCounts: SourceCounts;
  /** every document read, best first: a negative lists them all, not only those in scope */
  documents: ClassifiedDocument[];
  /** which nation's rules apply (src/nation); absent: as if the nation were unknown */
  jurisdiction?: Jurisdiction;
}

const LEVEL_RANK: Record<string, number> = { met: 2, partial: 1 };
const MAX_SEARCHED_URLS = 50;

function statusScore(status: Status): 1 | 0.5 | 0 | null {
  return status === 'met' ? 1 : status === 'partial' ? 0.5 : status === 'not_met' ? 0 : null;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Where we looked, in plain words: the pages visited and the kinds of document read (the pack's class titles, before any colon). */
export function whereSentence(pack: LoadedPack, outcomes: RuleOutcome[], ctx: ScoreContext): string {
  const title = (id: string): string => (pack.def.classes.topics.find((t) => t.id === id)?.title ?? id).split(':')[0]!.trim();
  const inScope = new Set(outcomes.flatMap((o) => o.docsRead));
  const counts = new Map<string, number>();
  for (const d of ctx.documents) counts.set(d.classification.topic, (counts.get(d.classification.topic) ?? 0) + 1);
  // In the pack's topic order: the most promising kinds first.
  const kinds = pack.def.classes.topics.filter((t) => counts.has(t.id)).map((t) => `${title(t.id)}: ${counts.get(t.id)}`);
  const head = `We visited ${plural(ctx.pagesVisited, 'page', 'pages')} and read ${plural(ctx.documents.length, 'document', 'documents')}`;
  if (ctx.documents.length === 0) return `${head}.`;
  const setAside = [...new Set(ctx.documents.filter((d) => !inScope.has(d)).map((d) => d.classification.topic))];
  const aside = setAside.length ? ` These kinds were read but cannot count for this criterion: ${setAside.map(title).join('; ')}.` : '';
  return `${head}, of these kinds: ${kinds.join('; ')}.${aside}`;
}

/** Where we looked: the documents the criterion's rules read first, then every other document we classified and set aside. */
function searchedFor(outcomes: RuleOutcome[], ctx: ScoreContext): Searched {
  const inScope = new Set(outcomes.flatMap((o) => o.docsRead));
  const ordered = [...ctx.documents.filter((d) => inScope.has(d)), ...ctx.documents.filter((d) => !inScope.has(d))];
  const urls = [...new Set(ordered.map((d) => d.url))];
  const setAside = [...new Set(ctx.documents.filter((d) => !inScope.has(d)).map((d) => d.classification.topic))].sort();
  const queries = [...new Set(outcomes.flatMap((o) => o.rule.checks.map(describeCheck)))];
  if (setAside.length) queries.push(`documents classed as ${setAside.join(', ')} were read and set aside: these rules do not count them`);
  return {
    pagesVisited: ctx.pagesVisited,
    documentsRead: ctx.documents.length,
    classesRead: [...new Set(ctx.documents.map((d) => d.classification.topic))].sort(),
    urls: urls.slice(0, MAX_SEARCHED_URLS),
    queries,
  };
}

/** Unreadable resources that may hold evidence for each criterion (see documentWords in pack.yaml). */
function unreadableByCriterion(pack: LoadedPack, unreadable: ScoreContext['unreadable']): Map<string, Problem[]> {
  const words = (id: string): string[] => pack.def.criteria.find((c) => c.id === id)?.documentWords ?? [];
  // By its address or by the text of the links to it ("Access to records policy (PDF)").
  const tied = (p: ScoreContext['unreadable'][number], id: string): boolean =>
    words(id).some((w) => p.url.toLowerCase().includes(w) || (p.about?.toLowerCase().includes(w) ?? false));
  const out = new Map<string, Problem[]>();
  for (const c of pack.def.criteria) {
    out.set(
      c.id,
      unreadable.filter((p) => tied(p, c.id) || !pack.def.criteria.some((other) => tied(p, other.id))),
    );
  }
  return out;
}

export function scorePack(pack: LoadedPack, outcomes: RuleOutcome[], ctx: ScoreContext): PackResult {
  const unreadableFor = unreadableByCriterion(pack, ctx.unreadable);
  const criteria: CriterionVerdict[] = pack.def.criteria.map((c) => {
    const mine = outcomes.filter((o) => o.rule.criterion === c.id);
    const outside = notApplicable(c, mine, ctx.jurisdiction);
    if (outside) return outside;
    const verdictOutcomes = mine.filter((o) => o.rule.kind === 'verdict');
    const findings = mine.map(findingFromOutcome).filter((f): f is Finding => f !== undefined);
    const verdicts = findings.filter((f) => f.kind === 'verdict');
    // Strongest level first, then rule order: the first finding is the one the status rests on.
    verdicts.sort((a, b) => (LEVEL_RANK[String(b.status)] ?? 0) - (LEVEL_RANK[String(a.status)] ?? 0));
    const best = verdicts[0]?.status;
    let status: Status = best === 'met' || best === 'partial' ? best : c.whenNothingFound;
    // A criterion of warnings (legal-accuracy): a matched advisory sets its status, whenAdvised for a
    // high or medium one, partial when all are low or info.
    const advisories = c.whenAdvised !== undefined ? findings.filter((f) => f.kind === 'advisory') : [];
    const advised = advisories.length > 0 ? (advisories.some((f) => f.status === 'high' || f.status === 'medium') ? c.whenAdvised! : 'partial') : undefined;
    if (advised) status = advised;
    // The finding the status rests on says most precisely why; the pack's sentence otherwise.
    let summary = (status === 'met' || status === 'partial' ? verdicts[0]?.message : undefined) ?? c.summaries[status as 'met' | 'partial' | 'not_met'] ?? c.summaries.needs_evidence ?? '';
    if (advised) summary = c.summaries[advised];
    if (ctx.nothingRead) {
      status = 'error';
      summary = 'Nothing could be read, so this could not be judged.';
    } else if (status === 'not_met' && !advised && (unreadableFor.get(c.id) ?? []).length > 0) {
      // (a wrong statement found is not_met whatever else could not be read: only an absence is uncertain)
      status = 'error';
      summary = `${c.summaries.error ?? 'We could not read everything that may hold the evidence.'} Unreadable: ${(unreadableFor.get(c.id) ?? [])
        .slice(0, 3)
        .map((p) => `${p.url} (${p.kind})`)
        .join(', ')}.`;
    }
    const { shown, alsoConsidered } = separateContradicted(verdicts);
    const ordered: Finding[] = [...shown, ...findings.filter((f) => f.kind === 'advisory')];
    if (c.askFor) {
      ordered.push({ id: findingId(`${pack.def.id}/${c.id.toLowerCase()}-ask-for`, []), ruleId: `${pack.def.id}/${c.id.toLowerCase()}-ask-for`, kind: 'verdict', status: 'needs_evidence', message: c.askFor, evidence: [] });
    }
    const verdict: CriterionVerdict = { id: c.id, title: c.title, status, score: statusScore(status), summary, findings: ordered };
    if (c.level) verdict.level = c.level;
    if (alsoConsidered.length > 0) verdict.alsoConsidered = alsoConsidered;
    if (status !== 'met') {
      verdict.searched = searchedFor(verdictOutcomes, ctx);
      // Plain words from the pack's advice, when it has them (rule internals stay in queries).
      const advice = pack.advice?.get(c.id);
      if (advice) {
        verdict.searched.lookedFor = advice.lookedFor;
        verdict.searched.where = whereSentence(pack, verdictOutcomes, ctx);
        verdict.publish = { what: advice.publish, example: advice.example };
      }
    }
    return verdict;
  });
  return { ruleset: { id: pack.def.id, version: pack.def.version }, summary: summarise(criteria, ctx.sourceCounts, pack.def.scoring?.levels), criteria };
}

const nationList = (ns: readonly string[]): string => ns.map((n) => NATION_NAMES[n as Nation] ?? n).join(', ');
const BASIS_WORDS: Record<NationBasis, string> = {
  option: 'given with --nation',
  list: 'from the batch list',
  'body-list': 'from the body list',
  domain: 'from its domain',
  address: 'from postcodes on its pages',
  unknown: 'not known',
};

/**
 * A criterion of one nation's law (its own `nations`, or every verdict rule scoped to nations)
 * is not_applicable elsewhere, and when the nation is not known: each of its rules says why.
 */
function notApplicable(c: LoadedPack['def']['criteria'][number], mine: RuleOutcome[], j: Jurisdiction | undefined): CriterionVerdict | undefined {
  const verdictRules = mine.filter((o) => o.rule.kind === 'verdict').map((o) => o.rule);
  const ruleNations = verdictRules.length > 0 && verdictRules.every((r) => r.scope.nations) ? [...new Set(verdictRules.flatMap((r) => r.scope.nations ?? []))] : undefined;
  const nations = c.nations ?? ruleNations;
  const nation = j?.nation ?? null;
  if (!nations || (nation !== null && (nations as string[]).includes(nation))) return undefined;
  const applied = nation === null ? 'the nation of this body is not known (give --nation)' : `this audit applied the rules of ${NATION_NAMES[nation]}`;
  const reason = `${c.summaries.not_applicable ?? `Applies only in ${nationList(nations)}.`} Not applied: ${applied}${j && nation !== null ? ` (${BASIS_WORDS[j.basis]})` : ''}.`;
  const findings: Finding[] = verdictRules.map((r) => ({
    id: findingId(r.qualifiedId, []),
    ruleId: r.qualifiedId,
    kind: 'verdict',
    status: 'not_applicable',
    message: `${r.title}: applies only in ${nationList(r.scope.nations ?? nations)}; ${applied}.`,
    evidence: [],
  }));
  return { id: c.id, title: c.title, status: 'not_applicable', score: null, summary: reason, findings };
}


function counted(criteria: CriterionVerdict[]): StatusCounts {
  const count = (s: Status): number => criteria.filter((c) => c.status === s).length;
  const met = count('met');
  const partial = count('partial');
  const notMet = count('not_met');
  const eligible = met + partial + notMet;
  return {
    score: eligible === 0 ? null : Math.round((100 * (met + 0.5 * partial)) / eligible),
    eligible,
    met,
    partial,
    notMet,
    needsEvidence: count('needs_evidence'),
    notApplicable: count('not_applicable'),
    error: count('error'),
  };
}

/**
 * Each level's criteria counted and scored apart, in the pack's order (strongest first); levels no
 * criterion has are left out. Without an order, the order the criteria first name them.
 */
export function levelSummaries(criteria: CriterionVerdict[], order?: string[]): LevelSummary[] | undefined {
  const named = [...new Set(criteria.flatMap((c) => (c.level ? [c.level] : [])))];
  if (named.length === 0) return undefined;
  const levels = [...(order ?? []).filter((l) => named.includes(l)), ...named.filter((l) => !(order ?? []).includes(l))];
  return levels.map((level) => {
    const mine = criteria.filter((c) => c.level === level);
    return { level, criteria: mine.map((c) => c.id), ...counted(mine) };
  });
}

/**
 * The pack's summary. A pack that scores by level (scoring.levels) gets `levels`, and its `score`
 * is the first (strongest) level's score, never a blend of "must" with "could".
 * `levelOrder` defaults to the order of the summary being recomputed, when there was one.
 */
export function summarise(criteria: CriterionVerdict[], sources: SourceCounts, levelOrder?: string[]): ReportSummary {
  const all = counted(criteria);
  const levels = levelSummaries(criteria, levelOrder);
  return {
    ...all,
    score: levels ? levels[0]!.score : all.score,
    // A verdict the crawl budget left uncertain makes the summary incomplete too (see budget.ts).
    complete: all.error === 0 && !criteria.some((c) => c.uncertain),
    // Criteria of another nation's law do not count against readiness.
    clearmarkReady: all.met > 0 && all.met === criteria.length - all.notApplicable,
    blocking: criteria.filter((c) => c.status !== 'met').map((c) => c.id),
    sources,
    ...(levels ? { levels } : {}),
  };
}
