// Classify stage: ExtractedDocument -> Classification (topic + document type, with reasons), by the
// pack's ordered class rules (pack.yaml classes.rules; src/rules/class-rules.ts).
export { classifyDocument, inheritTopicFromLinks, runClassExamples } from './class-eval.js';
export type { ClassifyContext, ClassSource } from './class-eval.js';
