// Classify stage: ExtractedDocument -> Classification (topic + document type, with reasons).
export { classifyDocument } from './classify.js';
export { inheritTopicFromLinks } from './linked.js';
