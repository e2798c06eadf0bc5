import { normaliseWhitespace, sha256, trimQuote, type Evidence, type Finding } from '../core/index.js';
import type { RuleOutcome } from '../evaluate/index.js';

const MAX_DOCS_PER_FINDING = 3;
const MAX_EVIDENCE_PER_FINDING = 5;

/**
 * The part of the main quote a finding's id rests on: its first sentence. A quote that grows by a
 * sentence (a window of two sentences in one paragraph) or loses its tail to trimming keeps its id.
 * A one-sentence quote keys on the whole of it, as ids always did.
 */
export function mainQuoteKey(quote: string): string {
  const text = normaliseWhitespace(quote).toLowerCase();
  const end = /[.!?](?=\s+\S)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/**
 * Stable across runs: the same rule with the same main quote (the first sentence of the first
 * evidence, from the best document) at the same URL keeps its id, whatever further quotes join it.
 */
export function findingId(ruleId: string, evidence: Evidence[]): string {
  const first = evidence[0];
  const key = [ruleId, first?.url ?? '', mainQuoteKey(first?.quote ?? '')].join('\n');
  return sha256(key).slice('sha256:'.length, 'sha256:'.length + 12);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** One finding per rule that matched, its evidence drawn from the best documents first. */
export function findingFromOutcome(outcome: RuleOutcome): Finding | undefined {
  const { rule, matches } = outcome;
  if (matches.length === 0) return undefined;
  const evidence: Evidence[] = [];
  for (const { doc, match } of matches.slice(0, MAX_DOCS_PER_FINDING)) {
    for (const e of match.evidence.slice(0, 2)) {
      const block = doc.blocks[e.blockIndex];
      if (!block) continue;
      evidence.push({
        url: doc.url,
        title: doc.title,
        kind: doc.kind,
        location: block.location,
        quote: trimQuote(e.quote),
        contentHash: doc.contentHash,
        fetchedAt: doc.fetchedAt,
      });
    }
  }
  const firstMatch = matches[0]!;
  const details = firstMatch.match.details.join('; ');
  const evidenceList = evidence.slice(0, MAX_EVIDENCE_PER_FINDING);
  const finding: Finding = {
    id: findingId(rule.qualifiedId, evidenceList),
    ruleId: rule.qualifiedId,
    kind: rule.kind,
    status: rule.kind === 'verdict' ? rule.level! : rule.severity!,
    message: fill(rule.message, { title: firstMatch.doc.title, details, documents: String(matches.length) }),
    evidence: evidenceList,
  };
  if (rule.correction) finding.correction = rule.correction;
  if (rule.rewrite) finding.rewrite = rule.rewrite;
  return finding;
}
