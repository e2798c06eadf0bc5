// Generated council websites of realistic size, for tests and the crawl benchmark.
export { ARCHETYPES, generateSite, type Archetype, type GenerateOptions, type GeneratedSite, type PageSpec } from './generate.js';
export { serveGeneratedSite, type ServedGeneratedSite } from './serve.js';
export { evidenceUrls, measureExhaustive, measureFocus, type ExhaustiveResult, type FocusMeasure } from './measure.js';
