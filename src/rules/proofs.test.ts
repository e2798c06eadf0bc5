import { describe, expect, it } from 'vitest';
import { analyseDocument, documentFromText } from './analysed-document.js';
import { loadPack } from './load.js';
import { matchRule } from './match-rule.js';
import { compileProofWords, countsSomething, hasOrganisationSubject, hasRoute, isFeedbackRoute, isReaderBenefit, proofFailure, proofKindOf, proofWordsOf } from './proofs.js';

// Counter-examples are our own sentences in the shapes the real-page study found (issue 12).
describe('proofs: what each kind of evidence must contain', () => {
  it('a route is a contact, not a cross-reference, a guidance title or a time phrase', () => {
    expect(hasRoute('Email records@example.gov.uk to ask.')).toBe(true);
    expect(hasRoute('Call 01632 960000.')).toBe(true);
    expect(hasRoute('Your social worker or personal adviser can help you.')).toBe(true);
    expect(hasRoute('Have your documents ready to upload on our online form.')).toBe(true);
    expect(hasRoute('Children Act 1989 guidance, volume 3. Read with the chapter on consent.')).toBe(false);
    expect(hasRoute('Requests can take up to three months to answer.')).toBe(false);
    expect(hasRoute('See the guidance on the right of access.', [{ text: 'Right of access (ICO guidance)', url: 'https://ico.org.uk/guidance' }])).toBe(false);
    expect(hasRoute('Ready?', [{ text: 'Ask for your records', url: 'https://example.gov.uk/records/request' }])).toBe(true);
  });
  it('a figure counts requests or days', () => {
    expect(countsSomething('We received 48 requests from care leavers last year.')).toBe(true);
    expect(countsSomething('On average we answered within 26 days.')).toBe(true);
    expect(countsSomething('91% of requests were answered on time.')).toBe(true);
    expect(countsSomething('Section 8, Applications by care leavers')).toBe(false);
    expect(countsSomething('We send your file by tracked delivery to your address.')).toBe(false);
    expect(countsSomething('Call 01632 960000 about your request.')).toBe(false);
  });
  it('a commitment has the organisation as its subject', () => {
    expect(hasOrganisationSubject('We want to help you see the file we kept.')).toBe(true);
    expect(hasOrganisationSubject('The council recognises how much these records matter.')).toBe(true);
    expect(hasOrganisationSubject('This guide will help you find files about children who lived in homes.')).toBe(false);
    expect(hasOrganisationSubject('It belongs to you.')).toBe(true);
  });
  it('a reason for C3 is a benefit to the reader', () => {
    expect(isReaderBenefit('Your file can help you understand your early life.')).toBe(true);
    expect(isReaderBenefit('Send proof of your identity and evidence of your authority.')).toBe(false);
    expect(isReaderBenefit('Recording systems must comply with the requirement that children can follow their story.')).toBe(false);
    expect(isReaderBenefit('These files hold great value for descendants.')).toBe(false);
  });
  it('a C7 partial route is a feedback form or survey, not a complaints route, advocacy or website feedback (clearmark.md v2)', () => {
    expect(isFeedbackRoute('Tell us what you think on our feedback form.')).toBe(true);
    expect(isFeedbackRoute('Comments and complaints')).toBe(true);
    expect(isFeedbackRoute('Have your say about any of our services.')).toBe(true);
    expect(isFeedbackRoute('An advocate can help you make comments or complain.')).toBe(false);
    expect(isFeedbackRoute('The right to be heard and taken seriously, and to make comments or complain.')).toBe(false);
    expect(isFeedbackRoute('Complain.')).toBe(false);
    expect(isFeedbackRoute('Not happy with how we handled it? Use our comments and complaints form.')).toBe(false);
    expect(isFeedbackRoute('Read our complaints procedure.')).toBe(false);
    expect(isFeedbackRoute('Tell us what you think of our website.')).toBe(false);
  });
  it('only met and partial verdict rules carry a proof', () => {
    expect(proofKindOf({ criterion: 'C1', level: 'met', checks: [] })).toBe('route');
    expect(proofKindOf({ criterion: 'C1', level: 'partial', checks: [] })).toBeUndefined();
    expect(proofKindOf({ criterion: 'C4', level: 'met', checks: [] })).toBeUndefined();
    expect(proofKindOf({ criterion: 'C5', level: 'met', checks: [{ signal: 'claim', patterns: ['x'] } as never] })).toBe('figure');
  });
});

describe('every rule with a proof: its match examples pass it', () => {
  const pack = loadPack('clearmark');
  for (const rule of pack.rules) {
    const kind = proofKindOf(rule);
    if (!kind) continue;
    it(`${rule.qualifiedId} (${kind})`, () => {
      for (const example of rule.examples.match) {
        const doc = documentFromText(example);
        const match = matchRule(rule, analyseDocument(doc), pack);
        expect(match, example).toBeDefined();
        const failure = proofFailure(kind, { quotes: match!.evidence.map((e) => e.quote), documentText: doc.text, links: doc.links }, proofWordsOf(pack.def));
        expect(failure, example).toBeUndefined();
      }
    });
  }
});

describe("the pack's words in the proofs (pack.yaml proofs:)", () => {
  // The tests as they were written in proofs.ts before their care words moved into the clearmark pack: with the pack's words
  // the compiled tests are the same expressions, so no verdict changes.
  const BEFORE_CONTACT =
    /\b(e-?mail|phone|call|ring|telephone|text us|whatsapp|write to|post (it|your|this|the form)|by post|by letter|address|form|apply online|online|contact (us|the|your)|get in touch|visit us|in person|personal adviser|\bpa\b|social worker|(leaving care|aftercare|throughcare|support|key) worker|your worker|duty (desk|line|team)|records (team|service|officer)|access (team|service)|data protection (team|officer)|information governance|customer service)/i;
  const BEFORE_COUNTED =
    /\b\d[\d,.]*\s*(%|per ?cent)|\b\d[\d,.]*\s+(?:[\w'-]+\s+){0,4}?(requests?|applications?|care leavers|people|adults|residents|enquiries|cases|subject access|sars?|days?|weeks?|months?|files|asked|applied|requested)\b|\b(requests?|applications?|received|answered|completed|on time|average|backlog|outstanding)\b[^.\d]{0,40}\b\d[\d,.]*/i;
  const words = proofWordsOf(loadPack('clearmark').def);

  it('compiles to the same tests as before for clearmark', () => {
    expect(words.contactWords.source).toBe(BEFORE_CONTACT.source);
    expect(words.contactWords.flags).toBe(BEFORE_CONTACT.flags);
    expect(words.counted.source).toBe(BEFORE_COUNTED.source);
    expect(words.counted.flags).toBe(BEFORE_COUNTED.flags);
  });
  it("adds the pack's workers and people to the engine's generic tests", () => {
    expect(hasRoute('Your leaving care worker can help.', [], words)).toBe(true);
    expect(hasRoute('Your leaving care worker can help.')).toBe(false);
    expect(countsSomething('We helped 48 care leavers.', words)).toBe(true);
    expect(countsSomething('We helped 48 care leavers.')).toBe(false);
  });
  it('takes the words literally', () => {
    const w = compileProofWords({ routeWorkers: ['a.b (c)'], countedPeople: ['x|y'] });
    expect(hasRoute('your a.b (c) worker', [], w)).toBe(true);
    expect(hasRoute('your aXb (c) worker', [], w)).toBe(false);
    expect(countsSomething('12 x|y', w)).toBe(true);
    expect(countsSomething('12 y', w)).toBe(false);
  });
});
