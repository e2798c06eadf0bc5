// What each document the crawl reads adds to the verdicts, for the early-stopping rule
// (discover/early-stop.ts). The same stages as the report, run as documents arrive: classify
// (with topics inherited over links), evaluate the new document alone (rules match one document
// at a time, so earlier documents' outcomes are kept), and score the whole set when a rule
// matched. The signal says whether any verdict or quoted evidence changed, and whether every
// criterion is met. Unreadable documents are left out here (they only turn a not_met into error).
import type { ClassifiedDocument, ExtractedDocument, FetchedResource, OrgType } from '../core/index.js';
import type { EvidenceSignal } from '../discover/index.js';
import { classifyDocument, inheritTopicFromLinks } from '../classify/index.js';
import { evaluatePack, packDocumentOrder, type RuleOutcome } from '../evaluate/index.js';
import type { LoadedPack } from '../rules/index.js';
import { scorePack } from '../score/index.js';

interface Subject {
  orgType: OrgType;
  nation?: string;
}

/** Per document (by address and the class it was evaluated under): each pack's rule outcomes for it alone. */
type Evaluated = { classKey: string; outcomes: RuleOutcome[][] };

const classKeyOf = (d: ClassifiedDocument): string => `${d.classification.topic}/${d.classification.docType}`;

/** One pack's outcomes over many documents, from each document's own outcomes, in the pack's evidence order. */
function mergeOutcomes(pack: LoadedPack, perDoc: RuleOutcome[][]): RuleOutcome[] {
  const order = packDocumentOrder(pack);
  return pack.rules.map((rule, i) => {
    const parts = perDoc.map((outcomes) => outcomes[i]!);
    return {
      rule,
      docsRead: parts.flatMap((p) => p.docsRead).sort(order),
      matches: parts.flatMap((p) => p.matches).sort((a, b) => order(a.doc, b.doc)),
    };
  });
}

/** What the report would say, reduced to what early stopping compares: each criterion's status and quoted addresses. */
function verdictSignature(packs: LoadedPack[], perDoc: RuleOutcome[][][], documents: ClassifiedDocument[]): { signature: string; settled: boolean } {
  const ctx = {
    unreadable: [],
    nothingRead: documents.length === 0,
    pagesVisited: documents.filter((d) => d.kind === 'html').length,
    sourceCounts: { discovered: 0, assessed: 0, failed: 0, skipped: 0 },
    documents,
  };
  const criteria = packs.flatMap((pack, p) => scorePack(pack, mergeOutcomes(pack, perDoc.map((d) => d[p]!)), ctx).criteria);
  const signature = criteria
    .map((c) => {
      const quoted = c.findings.filter((f) => f.kind === 'verdict' && (f.status === 'met' || f.status === 'partial')).flatMap((f) => f.evidence.map((e) => e.url));
      return `${c.id}=${c.status}:${[...new Set(quoted)].join(',')}`;
    })
    .join('\n');
  return { signature, settled: criteria.every((c) => c.status === 'met') };
}

/**
 * A watcher for one audit: call it with every document the crawl reads, in order. Pure apart from
 * its own memory; costs one classification and one evaluation per document, and a scoring of the
 * set only when a rule matched the new document or a class changed.
 */
export function evidenceWatcher(packs: LoadedPack[], subject: Subject): (resource: FetchedResource, doc: ExtractedDocument) => EvidenceSignal {
  const classesFrom = packs[0];
  if (!classesFrom) throw new Error('no rule pack to evaluate');
  const read: ClassifiedDocument[] = [];
  const evaluated = new Map<string, Evaluated>();
  let signature = '';
  let settled = false;
  return (resource, doc) => {
    const classification = classifyDocument(doc, { pack: classesFrom, anchorText: resource.anchorText, orgType: subject.orgType });
    read.push({ ...doc, classification });
    // A new page can lend its topic to documents read earlier (and a new attachment take one).
    const documents = inheritTopicFromLinks(read, classesFrom);
    let matchedOrMoved = false;
    for (const d of documents) {
      const before = evaluated.get(d.url);
      if (before?.classKey === classKeyOf(d)) continue;
      const outcomes = packs.map((pack) => evaluatePack(pack, [d], subject));
      matchedOrMoved ||= before !== undefined || outcomes.some((o) => o.some((r) => r.matches.length > 0));
      evaluated.set(d.url, { classKey: classKeyOf(d), outcomes });
    }
    const own = evaluated.get(documents.at(-1)!.url)!.outcomes;
    const matched = own.some((o) => o.some((r) => r.rule.kind === 'verdict' && r.matches.length > 0));
    if (!matchedOrMoved) return { changed: false, settled, matched };
    const perDoc = documents.map((d) => evaluated.get(d.url)!.outcomes);
    const next = verdictSignature(packs, perDoc, [...documents].sort(packDocumentOrder(classesFrom)));
    const changed = next.signature !== signature;
    signature = next.signature;
    settled = next.settled;
    return { changed, settled, matched };
  };
}
