import type { Classification, ExtractedDocument } from '../core/index.js';
import { decideDocType } from './doc-type.js';
import { computeFeatures, type ClassifyContext } from './features.js';
import { decideTopic } from './topic.js';

/** Pure, rule-of-thumb classification on two axes (topic, document type) with reasons. */
export function classifyDocument(doc: ExtractedDocument, context: ClassifyContext): Classification {
  const features = computeFeatures(doc, context);
  const topic = decideTopic(features);
  const type = decideDocType(doc, features.zones, context.vocabulary);
  return {
    topic: topic.topic,
    docType: type.docType,
    confidence: topic.confidence,
    reasons: [...topic.reasons, ...type.reasons.map((r) => `type: ${r}`)],
  };
}
