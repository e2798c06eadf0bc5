import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, sha256, type ClassifiedDocument } from '../core/index.js';
import type { RuleOutcome } from '../evaluate/index.js';
import { findingFromOutcome, findingId } from './findings.js';

const doc = (url: string, texts: string[]): ClassifiedDocument =>
  ({
    url,
    title: 'Your care records',
    kind: 'html',
    contentHash: `sha256:${'1'.repeat(64)}`,
    fetchedAt: '2025-01-01T00:00:00Z',
    fetchedWith: 'http',
    blocks: texts.map((text, i) => ({ text, location: `p:nth-of-type(${i + 1})`, headingPath: [], isHeading: false })),
    text: texts.join('\n\n'),
    wordCount: 0,
    links: [],
    breadcrumb: [],
    looksScriptBuilt: false,
    classification: { topic: 'atr-page', docType: 'web-page', confidence: 1, reasons: [] },
  }) as ClassifiedDocument;

const outcome = (matches: Array<{ d: ClassifiedDocument; quotes: Array<[number, string]> }>): RuleOutcome =>
  ({
    rule: { qualifiedId: 'clearmark/c2-we-recognise', kind: 'verdict', level: 'met', message: 'We recognise the right.' },
    docsRead: matches.map((m) => m.d),
    matches: matches.map(({ d, quotes }) => ({ doc: d, match: { evidence: quotes.map(([blockIndex, quote]) => ({ blockIndex, quote })), details: [] } })),
  }) as unknown as RuleOutcome;

const MAIN = 'We believe everyone who grew up in our care has a right to know their own story.';
const page = doc('https://x.example/care-leavers/records', [MAIN, 'We will support you at every step.']);
const idOf = (o: RuleOutcome): string => findingFromOutcome(o)!.id;

describe('finding ids (issue 13.8)', () => {
  const before = idOf(outcome([{ d: page, quotes: [[0, MAIN]] }]));

  it('stay the same when a second quote joins the main one', () => {
    expect(idOf(outcome([{ d: page, quotes: [[0, MAIN], [1, 'We will support you at every step.']] }]))).toBe(before);
    const leaflet = doc('https://x.example/leaflet.pdf', ['We recognise your right to see your records.']);
    expect(idOf(outcome([{ d: page, quotes: [[0, MAIN]] }, { d: leaflet, quotes: [[0, 'We recognise your right to see your records.']] }]))).toBe(before);
  });

  it('stay the same when the main quote grows by a sentence', () => {
    const grown = doc(page.url, [`${MAIN} We want to help you see your records.`]);
    expect(idOf(outcome([{ d: grown, quotes: [[0, `${MAIN} We want to help you see your records.`]] }]))).toBe(before);
  });

  it('change when the main quote or its page changes', () => {
    const other = doc(page.url, ['We believe care leavers should be able to read their files.']);
    expect(idOf(outcome([{ d: other, quotes: [[0, 'We believe care leavers should be able to read their files.']] }]))).not.toBe(before);
    expect(idOf(outcome([{ d: doc('https://x.example/other', [MAIN]), quotes: [[0, MAIN]] }]))).not.toBe(before);
  });

  it('of one-sentence quotes are what they always were (no churn in diffs)', () => {
    const legacy = sha256(['clearmark/c2-we-recognise', page.url, normaliseWhitespace(MAIN).toLowerCase()].join('\n')).slice(7, 19);
    expect(before).toBe(legacy);
    expect(findingId('r', [])).toBe(sha256('r\n\n').slice(7, 19));
  });
});
