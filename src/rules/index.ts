export { loadPack, listBuiltinPacks, resolvePackDir, packDirOfFile, formatRuleProblem, RuleLoadError, BUILTIN_RULES_DIR } from './load.js';
export { unusedDefinitions, referencedIds } from './unused.js';
export type { ConceptGroup, DefinedAt } from './lexicon-load.js';
export type { LoadedPack, LoadedRule, RuleProblem } from './load.js';
export { analyseDocument, documentFromText } from './analysed-document.js';
export type { AnalysedDocument } from './analysed-document.js';
export { runCheck, describeCheck } from './signals/index.js';
export { matchRule } from './match-rule.js';
export type { RuleMatch } from './match-rule.js';
export type { CheckEvidence, CheckResult } from './signals/index.js';
export { readabilityOf } from './readability.js';
export { runRuleExamples } from './rule-examples.js';
export type { ExampleFailure } from './rule-examples.js';
export { SIGNAL_TYPES } from './schema.js';
// The one text analysis: tokeniser, stemmer, negation and phrase matcher for every stage.
export { tokenise, splitSentences, stemWord, normaliseWord } from './text-analysis.js';
export type { Token, Sentence } from './text-analysis.js';
export { compileConcept, compileTerm, findConcept, TokenIndex } from './lexicon.js';
export type { Concept, CompiledTerm, ConceptHit, Lexicon } from './lexicon.js';
