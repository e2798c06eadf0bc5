export { loadEvidenceFolder, roleOf, ROLES } from './folder.js';
export { addEvidenceDocuments } from './merge.js';
export { applySelfCheck, isEvaluationForm } from './apply.js';
export { selfCheckWordsOf, NO_SELF_CHECK_WORDS, type SelfCheckWords } from './plain-words.js';
export { readRequests } from './requests.js';
export { readEvaluation } from './evaluation.js';
export { requestFigures, requestLevel, evaluationFigures, clockStart, STOP_THE_CLOCK_FROM } from './figures.js';
export { addMonths, parseDate } from './dates.js';
