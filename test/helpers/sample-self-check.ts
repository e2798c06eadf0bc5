// Every field of the self-check block filled in: schema.test.ts checks the schema lists exactly these
// (Required<T> makes tsc fail here when a field is added to self-check-types.ts).
import type { DrivingSentence, PlainLanguageCheck, EvaluationFigures, QuarterFigures, RequestFigures, ScoreFigures, SelfCheck, Share, YesNoCount } from '../../src/core/index.js';

const share: Required<Share> = { count: 1, of: 2, percent: 50 };
const yesNoCount: Required<YesNoCount> = { given: 2, yes: 1 };
const quarterFigures: Required<QuarterFigures> = { quarter: '2026-Q1', received: 2, answered: 2, withinOneMonth: 1, withinLawfulLimit: 2, medianDays: 30 };
const requestFigures: Required<RequestFigures> = {
  rows: 3, excludedNotCareExperienced: 1, requests: 2, firstReceived: '2026-01-05', lastReceived: '2026-02-10', monthsCovered: 2, asOf: '2026-12-07',
  open: 0, oldestOpenDays: null, overdueOpen: 0, answered: 2, daysToRespond: { median: 30, p90: 40 }, withinOneMonth: share, extended: 1,
  withinLawfulLimit: { count: 2, of: 2, percent: 100 }, clockStartedAtIdConfirmed: 1, byQuarter: [quarterFigures],
  supportOffered: yesNoCount, supportTaken: yesNoCount, complaints: { given: 2, yes: 0 },
};
const scoreFigures: Required<ScoreFigures> = { answered: 2, mean: 4.5, high: { count: 2, of: 2, percent: 100 } };
const evaluationFigures: Required<EvaluationFigures> = {
  replies: 2, firstReceived: '2026-02-20', lastReceived: '2026-03-20', overall: scoreFigures, support: scoreFigures, timeliness: scoreFigures, comments: 1,
  perDisclosedRequest: { from: '2026-01-05', to: '2026-03-20', replies: 2, disclosed: 2, ratio: 1 },
};
const drivingSentence: Required<DrivingSentence> = { measure: 'passive voice', quote: 'Some parts are blacked out.', location: 'paragraph 4', note: '"are blacked"' };
const plainLanguageCheck: Required<PlainLanguageCheck> = {
  url: 'file:///evidence/letters/ready.md', title: 'Your care records are ready', role: 'letters', verdict: 'pass', level: 'met', reasons: [],
  words: 180, wordLimit: 350, pages: null, sentences: 18, averageSentence: 10, longSentences: 0, fleschReadingEase: 80.1, fleschKincaidGrade: 4.2,
  passive: { count: 1, of: 18, percent: 5.6 },
  jargon: [{ term: 'data controller', plain: 'the organisation responsible for your information', quote: 'We are the data controller.', location: 'paragraph 2' }],
  avoid: [{ word: 'prior to', say: 'before', quote: 'Prior to sending, we check.', location: 'paragraph 3' }],
  headings: 1, listItems: 0, formats: ['Easy Read'], drivers: [drivingSentence],
};
const selfCheck: Required<SelfCheck> = {
  folder: 'evidence',
  documents: [{ url: 'file:///evidence/forms/feedback.md', role: 'forms', title: 'Tell us how we did' }],
  requests: { level: 'partial', reasons: ['the answered requests cover 2 calendar months; the self-check asks for at least 12'], figures: requestFigures },
  evaluation: { level: 'met', reasons: [], forms: ['file:///evidence/forms/feedback.md'], figures: evaluationFigures },
  plainLanguage: [plainLanguageCheck],
};

export const fullSelfCheck = { selfCheck, plainLanguageCheck, drivingSentence, requestFigures, evaluationFigures, scoreFigures, share, yesNoCount, quarterFigures };
