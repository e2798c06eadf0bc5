import type { ClassifiedDocument, OrgType } from '../core/index.js';
import { analyseDocument, matchRule, PatternBudgetError, proofFailure, proofKindOf, proofWordsOf, type AnalysedDocument, type LoadedPack, type LoadedRule, type RuleMatch } from '../rules/index.js';

export interface DocumentMatch {
  doc: ClassifiedDocument;
  match: RuleMatch;
}

/** What one rule read and what it found, documents in evidence order (best first). */
export interface RuleOutcome {
  rule: LoadedRule;
  docsRead: ClassifiedDocument[];
  matches: DocumentMatch[];
  /** documents where the rule could not run (a pattern overran its time budget) */
  stopped?: { url: string; message: string }[];
  /** matches refused because their evidence failed the proof of its kind (src/rules/proofs.ts) */
  refused?: { url: string; message: string }[];
}

/**
 * Best evidence first: topics in the order the pack declares them (pack.yaml `classes.topics`),
 * then web pages before files, then surer classifications, then by address.
 */
export function documentOrder(topics: readonly string[]): (a: ClassifiedDocument, b: ClassifiedDocument) => number {
  const rank = new Map(topics.map((t, i) => [t, i]));
  const rankOf = (d: ClassifiedDocument): number => rank.get(d.classification.topic) ?? topics.length;
  return (a, b) =>
    rankOf(a) - rankOf(b) ||
    Number(a.kind !== 'html') - Number(b.kind !== 'html') ||
    b.classification.confidence - a.classification.confidence ||
    (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** The order of a pack's evidence. */
export function packDocumentOrder(pack: LoadedPack): (a: ClassifiedDocument, b: ClassifiedDocument) => number {
  return documentOrder(pack.def.classes.topics.map((t) => t.id));
}

/** Who is being audited: some rules apply to one kind of organisation or one nation only. */
export interface AuditSubject {
  orgType: OrgType;
  /** england | wales | scotland | northern-ireland; unknown nations skip nation-specific rules */
  nation?: string;
}

export function inScope(rule: LoadedRule, doc: ClassifiedDocument, subject: AuditSubject): boolean {
  const s = rule.scope;
  return (
    (!s.nations || (subject.nation !== undefined && (s.nations as string[]).includes(subject.nation))) &&
    (!s.topics || s.topics.includes(doc.classification.topic)) &&
    (!s.docTypes || s.docTypes.includes(doc.classification.docType)) &&
    (!s.kinds || s.kinds.includes(doc.kind)) &&
    (!s.orgTypes || s.orgTypes.includes(subject.orgType)) &&
    // Dated duties: judged by when the document was read, so a rescore of a saved crawl agrees.
    (!s.from || doc.fetchedAt.slice(0, 10) >= s.from) &&
    (!s.until || doc.fetchedAt.slice(0, 10) < s.until)
  );
}

/** Run every rule of a pack over the documents it is scoped to. Pure: same documents, same outcomes. */
export function evaluatePack(pack: LoadedPack, documents: ClassifiedDocument[], subject: AuditSubject): RuleOutcome[] {
  const ordered = [...documents].sort(packDocumentOrder(pack));
  const analysed = new Map<ClassifiedDocument, AnalysedDocument>();
  const analysisOf = (doc: ClassifiedDocument): AnalysedDocument => {
    let a = analysed.get(doc);
    if (!a) {
      a = analyseDocument(doc);
      analysed.set(doc, a);
    }
    return a;
  };
  return pack.rules.map((rule) => {
    const docsRead = ordered.filter((d) => inScope(rule, d, subject));
    const matches: DocumentMatch[] = [];
    const stopped: { url: string; message: string }[] = [];
    const refused: { url: string; message: string }[] = [];
    for (const doc of docsRead) {
      try {
        const match = matchRule(rule, analysisOf(doc), pack);
        if (match) {
          // Every verdict proves itself (issue 12): evidence that fails its kind's proof is refused.
          const failure = proofFailure(proofKindOf(rule), { quotes: match.evidence.map((e) => e.quote), documentText: doc.text, links: doc.links }, proofWordsOf(pack.def));
          if (failure) refused.push({ url: doc.url, message: `rule ${rule.qualifiedId}: evidence refused (${failure})` });
          else matches.push({ doc, match });
        }
      } catch (e) {
        // A user pattern that overruns its budget is a recorded problem for this rule and document, not a hung audit.
        if (!(e instanceof PatternBudgetError)) throw e;
        stopped.push({ url: doc.url, message: `rule ${rule.qualifiedId}: ${e.message}; the rule was not applied to this document` });
      }
    }
    return { rule, docsRead, matches, ...(stopped.length ? { stopped } : {}), ...(refused.length ? { refused } : {}) };
  });
}
