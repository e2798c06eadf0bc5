import { describe, expect, it } from 'vitest';
import { compileConcept, findConcept } from './lexicon.js';
import { tokenise } from './text-analysis.js';

const has = (terms: string[], text: string): boolean => findConcept(tokenise(text), compileConcept('c', terms)).length > 0;

describe('concept matching', () => {
  it('matches stems, so plurals and verb forms count', () => {
    expect(has(['record'], 'the records we kept')).toBe(true);
    expect(has(['ask to see'], 'you asked to see it')).toBe(true);
  });
  it('allows up to three words in a " * " gap and no more', () => {
    expect(has(['do not need * reason'], 'you do not need to give a reason')).toBe(true);
    expect(has(['do not need * reason'], 'you do not need to give us any kind of reason')).toBe(false);
  });
  it('ignores a term negated just before it, unless the term holds the negation', () => {
    expect(has(['hold records'], 'we do not hold records about adoption')).toBe(false);
    expect(has(['hold records'], 'we hold records about you')).toBe(true);
    expect(has(["don't need a reason"], "You don't need a reason.")).toBe(true);
  });
  it('treats @email and @phone as any address or number', () => {
    expect(has(['@email'], 'write to care.records@example.gov.uk today')).toBe(true);
    expect(has(['@phone'], 'ring 01632 960123')).toBe(true);
    expect(has(['records'], 'write to care.records@example.gov.uk today')).toBe(false);
  });
});
