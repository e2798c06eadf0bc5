import { describe, expect, it } from 'vitest';
import { isEvaluationForm } from './apply.js';

const doc = (text: string) => ({ title: '', text });

describe('recognising an evaluation form among the supplied documents', () => {
  it('finds a form that asks, on a scale, about satisfaction, support or timeliness', () => {
    expect(isEvaluationForm(doc('Feedback form. How satisfied are you with the support you had? (1 to 5) Did your records arrive on time?'))).toBe(true);
    expect(isEvaluationForm(doc('Care records survey. Please tick one box. Very satisfied / satisfied / not satisfied. Was the support offered useful?'))).toBe(true);
  });

  it('does not take a complaints procedure or a page-feedback widget for one', () => {
    expect(isEvaluationForm(doc('Complaints procedure. If you are not satisfied with our service, tell us. We will support you and reply within 20 working days. Compliments, comments and feedback are welcome.'))).toBe(false);
    expect(isEvaluationForm(doc('Was this page helpful? Yes No. Give feedback about this page.'))).toBe(false);
  });
});
