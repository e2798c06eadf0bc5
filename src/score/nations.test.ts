// Nation applicability and criteria of warnings, through the real packs: evaluate, then score.
import { describe, expect, it } from 'vitest';
import type { ClassifiedDocument, Jurisdiction, Problem } from '../core/index.js';
import { evaluatePack } from '../evaluate/index.js';
import { documentFromText, loadPack } from '../rules/index.js';
import { scorePack } from './score.js';

const statutory = loadPack('statutory-guidance');
const legal = loadPack('legal-accuracy');

function doc(text: string, fetchedAt = '2026-12-01T10:00:00.000Z', url = 'https://www.example.gov.uk/care-leavers/records'): ClassifiedDocument {
  return { ...documentFromText(text), url, fetchedAt, classification: { topic: 'any', docType: 'any', confidence: 0.5, reasons: [] } };
}

function judge(pack: typeof statutory, docs: ClassifiedDocument[], nation: Jurisdiction['nation'], unreadable: Problem[] = []) {
  const jurisdiction: Jurisdiction = nation ? { nation, basis: 'option', reason: 'given.' } : { nation: null, basis: 'unknown', reason: 'not known.' };
  const outcomes = evaluatePack(pack, docs, { orgType: 'local-authority', nation: nation ?? undefined });
  const counts = { discovered: docs.length, assessed: docs.length, failed: 0, skipped: 0 };
  const result = scorePack(pack, outcomes, { unreadable, nothingRead: false, pagesVisited: docs.length, sourceCounts: counts, documents: docs, jurisdiction });
  return { result, status: (id: string) => result.criteria.find((c) => c.id === id)!.status, criterion: (id: string) => result.criteria.find((c) => c.id === id)! };
}

const SCOTTISH_PAGE = doc(
  "# If you were in care\n\nIf you were looked after as a child, you can ask to see your records at any age. Email records@example.gov.uk.\n\nWe keep the records of children in our care until their 100th birthday.",
);

describe('statutory-guidance by nation', () => {
  it('never judges a Scottish body on England-only guidance', () => {
    const { status, criterion, result } = judge(statutory, [SCOTTISH_PAGE], 'scotland');
    for (const id of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'W1', 'N1', 'N2']) expect(status(id), id).toBe('not_applicable');
    expect(criterion('E1').summary).toContain('Not applied: this audit applied the rules of Scotland');
    expect(criterion('E1').findings.map((f) => f.status)).toEqual(['not_applicable', 'not_applicable']);
    expect(status('S3')).toBe('met');
    expect(result.summary.notApplicable).toBe(9);
    expect(result.summary.eligible).toBe(4);
  });

  it('judges the same page on England\'s guidance in England, and none of Scotland\'s', () => {
    const { status } = judge(statutory, [SCOTTISH_PAGE], 'england');
    expect(status('E1')).toBe('met');
    expect(status('S3')).toBe('not_applicable');
  });

  it('applies no nation\'s criteria when the nation is not known, and says to give --nation', () => {
    const { result, criterion } = judge(statutory, [SCOTTISH_PAGE], null);
    expect(result.summary.score).toBeNull();
    expect(result.criteria.every((c) => c.status === 'not_applicable')).toBe(true);
    expect(criterion('S3').summary).toContain('--nation');
  });

  it('flags a Welsh records page without a Welsh-language version, and not one with it', () => {
    const page = "# Your care records\n\nIf you were in care as a child, you can ask to see your records.";
    expect(judge(statutory, [doc(page)], 'wales').status('W1')).toBe('not_met');
    const withWelsh = doc(`[Cymraeg](https://www.example.gov.uk/cy/cofnodion)\n\n${page}`);
    expect(judge(statutory, [withWelsh], 'wales').status('W1')).toBe('met');
    const inWelsh = { ...doc(page), lang: 'cy' };
    expect(judge(statutory, [inWelsh], 'wales').status('W1')).toBe('met');
  });
});

describe('legal-accuracy', () => {
  it('warns about a fee and 40 days as current, never about them as history', () => {
    const current = judge(legal, [doc('# Subject access\n\nPlease send a £10 fee with your subject access request. We reply within 40 days.')], 'england');
    expect(current.status('L3')).toBe('not_met');
    expect(current.status('L2')).toBe('not_met');
    const warning = current.criterion('L3').findings[0]!;
    expect(warning).toMatchObject({ kind: 'advisory', status: 'high' });
    expect(warning.correction).toContain('free');
    expect(warning.rewrite).toBe('Asking for your records is free.');
    const history = judge(legal, [doc('# Subject access\n\nBefore 2018 the limit was 40 days and the fee was £10. Now a subject access request is free and answered within one month.')], 'england');
    expect(history.status('L2')).toBe('met');
    expect(history.status('L3')).toBe('met');
  });

  it('keeps a found wrong statement not_met when another document could not be read', () => {
    const unreadable: Problem[] = [{ url: 'https://www.example.gov.uk/records-policy.pdf', kind: 'parse-error', message: 'unreadable PDF' }];
    const page = doc('# Subject access\n\nPlease send a £10 fee with your subject access request.');
    const judged = judge(legal, [page], 'england', unreadable);
    expect(judged.status('L3')).toBe('not_met');
    expect(judged.result.summary.score).toBeLessThan(100);
  });

  it('dates the complaints duty: naming only the ICO is flagged from 19 June 2026, not before', () => {
    const text = '# Subject access\n\nIf you are unhappy with the answer to your subject access request, you can complain to the Information Commissioner.';
    expect(judge(legal, [doc(text, '2026-06-18T12:00:00.000Z')], 'england').status('L6')).toBe('met');
    expect(judge(legal, [doc(text, '2026-06-19T08:00:00.000Z')], 'england').status('L6')).toBe('partial');
  });

  it('judges retention against the nation: 75 years is wrong in Scotland only, 100 years in England only', () => {
    const seventyFive = doc('We keep care records for 75 years.');
    expect(judge(legal, [seventyFive], 'scotland').status('L5')).toBe('not_met');
    expect(judge(legal, [seventyFive], 'england').status('L5')).toBe('met');
    const hundred = doc('We keep the files of children in our care for 100 years.');
    expect(judge(legal, [hundred], 'england').status('L5')).toBe('partial');
    expect(judge(legal, [hundred], 'scotland').status('L5')).toBe('met');
  });
});
