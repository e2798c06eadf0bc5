// Classify stage: ExtractedDocument -> Classification (topic + document type, with reasons).
export { classifyDocument } from './classify.js';
export { inheritTopicFromLinks } from './linked.js';
export { vocabularyOf, CLASSIFIER_CONCEPTS, CLASSIFIER_GROUPS } from './vocabulary.js';
export type { Vocabulary } from './vocabulary.js';
export type { ClassifyContext } from './features.js';
