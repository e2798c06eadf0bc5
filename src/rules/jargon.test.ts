import { describe, expect, it } from 'vitest';
import { analyseDocument, documentFromText } from './index.js';
import { compileConcept } from './lexicon.js';
import { unexplainedJargon } from './jargon.js';

const concepts = {
  jargon: compileConcept('j', ['subject access request', 'sar', 'redaction', 'third party', 'data controller', 'exemption', 'exempt']),
  explanation: compileConcept('e', ['this means', 'called', 'which means']),
  glossary: compileConcept('g', ['what the words mean']),
};
const terms = (text: string): string[] => unexplainedJargon(analyseDocument(documentFromText(text)), concepts).map((u) => u.term);

describe('unexplainedJargon', () => {
  it('lists each term left unexplained at its first use, once', () => {
    expect(terms('The data controller may apply an exemption. Third party data is removed. Some parts are exempt.')).toEqual(['data controller', 'exemption', 'third party']);
  });

  it('accepts a bracket or dash after the term, or an explanation in the same or next sentence', () => {
    expect(terms('We use redaction (blacking out words). Details about a third party - someone else - are hidden.')).toEqual([]);
    expect(terms('Some parts may be exempt. This means the law lets us hold them back.')).toEqual([]);
    expect(terms('Asking for your file is called a subject access request.')).toEqual([]);
  });

  it('an on-page glossary explains every term', () => {
    expect(terms('# Your file\n\nThe data controller applies an exemption to third party data.\n\n# What the words mean\n\nA glossary.')).toEqual([]);
  });
});
