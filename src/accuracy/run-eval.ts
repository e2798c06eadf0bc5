import { join } from 'node:path';
import type { AuditReport, Status } from '../core/index.js';
import { reportAdvisories } from '../report/index.js';
import { serveSite } from '../demo/index.js';
import type { Clock } from '../discover/index.js';
import type { HttpClient } from '../fetch/index.js';
import { runAudit } from '../pipeline/index.js';
import type { LoadedPack } from '../rules/index.js';
import { loadPart, type CorpusItem } from './corpus.js';
import { computeMetrics, type EvalMetrics, type Judgement } from './metrics.js';

export interface Disagreement extends Judgement {
  why?: string;
  evidence: string; // the tool's first quote with its URL, or where it looked
}

export interface PartResult {
  part: string;
  metrics: EvalMetrics;
  disagreements: Disagreement[];
  missedAdvisories: { item: string; expected: string[]; found: string[] }[];
}

function evidenceOf(report: AuditReport, criterion: string): string {
  const c = report.criteria.find((x) => x.id === criterion);
  if (!c) return 'criterion missing from the report';
  const e = c.findings.filter((f) => f.kind === 'verdict').flatMap((f) => f.evidence)[0];
  if (e) return `"${e.quote}" (${new URL(e.url).pathname}, ${e.location})`;
  return c.searched ? `looked in ${c.searched.documentsRead} documents (${c.searched.classesRead.join(', ')})` : c.summary;
}

async function auditItem(item: CorpusItem, outDir: string, deps: { http: HttpClient; clock: Clock }, advisoryTags: (ruleId: string) => string[]) {
  const served = await serveSite(join(item.dir, 'site'));
  try {
    const { report } = await runAudit(
      { targets: [served.url], outDir, formats: ['json', 'html'], rules: ['clearmark'], orgType: item.label.orgType, nation: item.label.nation, name: item.label.name, maxPages: 60, render: 'never' },
      deps,
    );
    // advisories from every pack of the audit: the outdated-law warnings are legal-accuracy's (on by default)
    const found = [...new Set(reportAdvisories(report).flatMap(({ f }) => advisoryTags(f.ruleId)))].sort();
    return { report, found };
  } finally {
    await served.close();
  }
}

/** Looks up the tags (outdated-claim ids) of the packs' rules, to compare advisories with labels. */
export function advisoryTagsOf(packs: LoadedPack[]): (ruleId: string) => string[] {
  const tags = new Map(packs.flatMap((p) => p.rules).map((r) => [r.qualifiedId, r.tags]));
  return (ruleId) => tags.get(ruleId) ?? [];
}

/** Audit every item of a corpus part with the real pipeline and compare with its labels. */
export async function evaluatePart(
  part: string,
  opts: { outDir: string; http: HttpClient; clock: Clock; advisoryTags: (ruleId: string) => string[]; onItem?: (id: string) => void },
): Promise<PartResult> {
  const judgements: Judgement[] = [];
  const disagreements: Disagreement[] = [];
  const missedAdvisories: PartResult['missedAdvisories'] = [];
  for (const item of loadPart(part)) {
    opts.onItem?.(item.id);
    const { report, found } = await auditItem(item, join(opts.outDir, part, item.id), opts, opts.advisoryTags);
    for (const [criterion, label] of Object.entries(item.label.verdicts)) {
      const predicted: Status = report.criteria.find((c) => c.id === criterion)?.status ?? 'error';
      const j = { item: item.id, criterion, label, predicted };
      judgements.push(j);
      if (label !== predicted) disagreements.push({ ...j, why: item.label.why?.[criterion], evidence: evidenceOf(report, criterion) });
    }
    const expected = [...item.label.advisories].sort();
    if (expected.join() !== found.join()) missedAdvisories.push({ item: item.id, expected, found });
  }
  return { part, metrics: computeMetrics(judgements), disagreements, missedAdvisories };
}
