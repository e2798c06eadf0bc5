import type { ClassifiedDocument } from '../core/index.js';
import { computeFeatures } from './features.js';
import type { Vocabulary } from './vocabulary.js';

/** Document kinds that are usually reached from a page rather than read on their own. */
const ATTACHMENT_KINDS = new Set(['pdf', 'docx']);

/**
 * A leaflet, form or policy about "your records" that a care-records page links to is written for
 * the same readers, even when it never repeats "if you were in care" (clearmark.md: document links
 * from the ATR page). Such attachments classed `other` take the `atr-page` topic, with a reason.
 * Returns the documents in the order given.
 */
export function inheritTopicFromLinks(docs: ClassifiedDocument[], vocabulary: Vocabulary): ClassifiedDocument[] {
  const linkedFromRecordsPages = new Set(docs.filter((d) => d.classification.topic === 'atr-page').flatMap((d) => d.links.map((l) => stripHash(l.url))));
  return docs.map((doc) => {
    if (doc.classification.topic !== 'other' || !ATTACHMENT_KINDS.has(doc.kind)) return doc;
    if (!linkedFromRecordsPages.has(stripHash(doc.url))) return doc;
    const f = computeFeatures(doc, { vocabulary });
    const aboutOwnRecords = f.careRecordsHeadline || f.careRecordsHeading || f.ownRecords.total > 0;
    if (!aboutOwnRecords) return doc;
    return {
      ...doc,
      classification: { ...doc.classification, topic: 'atr-page', reasons: [...doc.classification.reasons, 'linked from a care-records page and about your own records'] },
    };
  });
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
