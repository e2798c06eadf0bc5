// C6 for supplied letters and leaflets: figures checked by hand, the sentences that drive them, jargon with plain alternatives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText, loadPack } from '../../src/rules/index.js';
import { isPassive, plainLanguageCheck } from '../../src/evidence/plain-language.js';
import { selfCheckWordsOf } from '../../src/evidence/plain-words.js';

// The clearmark pack's jargon (pack.yaml selfCheck:), as an audit of that pack uses it.
const words = selfCheckWordsOf(loadPack('clearmark').def);

const dir = join(import.meta.dirname, '../../fixtures/self-check');
const doc = (p: string) => documentFromText(readFileSync(join(dir, p), 'utf8'));

describe('plain-language check of a letter or leaflet', () => {
  it("takes its jargon from the pack (selfCheck.jargon): without a pack's words it checks none", () => {
    const text = documentFromText('# Your request\n\nWe had your subject access request. The redaction followed an exemption.');
    expect(plainLanguageCheck(text, 'letters', { words }).jargon.map((j) => j.term)).toEqual(['subject access request', 'redaction', 'exemption']);
    expect(plainLanguageCheck(text, 'letters').jargon).toEqual([]);
  });
  it('gives Flesch reading ease and Flesch-Kincaid grade as a hand calculation does', () => {
    // "Your(1) records(2) are(1) ready(2) to(1) collect(2)." + "Please(1) phone(1) us(1) today(2)."
    // W = 10, S = 2, Y = 14: FRE = 206.835 - 1.015 x 5 - 84.6 x 1.4 = 83.32; FKGL = 0.39 x 5 + 11.8 x 1.4 - 15.59 = 2.88
    const c = plainLanguageCheck(documentFromText('# Ready\n\nYour records are ready to collect. Please phone us today.'), 'letters', { words });
    expect(c).toMatchObject({ words: 10, sentences: 2, averageSentence: 5, fleschReadingEase: 83.3, fleschKincaidGrade: 2.9, verdict: 'too-short', headings: 1 });
  });

  it('spots the passive voice', () => {
    expect(isPassive("Other people's names are blacked out.")).toBe(true);
    expect(isPassive('The file was sent to you.')).toBe(true);
    expect(isPassive('We black out other names.')).toBe(false);
    expect(isPassive('Your records are ready.')).toBe(false);
  });

  it('passes the plain leaflet: short, explained, headed, other formats offered', () => {
    const c = plainLanguageCheck(doc('evidence/leaflets/seeing-your-care-records.md'), 'leaflets', { words });
    expect(c.level).toBe('met');
    expect(c.jargon).toEqual([]); // "This is called redaction." explains it
    expect(c.headings).toBe(5);
    expect(c.formats).toEqual(['Easy Read', 'large print']);
    expect(c.words).toBeLessThan(c.wordLimit);
    expect(c.fleschKincaidGrade).toBeLessThanOrEqual(6);
  });

  it('fails the dense leaflet, naming the sentences, the jargon and the plain words to use', () => {
    const c = plainLanguageCheck(doc('dense/dense-leaflet.md'), 'leaflets', { words });
    expect(c.verdict).toBe('fail');
    expect(c.level).toBe('partial');
    expect(c.averageSentence).toBeGreaterThan(25);
    expect(c.longSentences).toBe(5);
    expect(c.jargon.map((j) => j.term)).toEqual(expect.arrayContaining(['subject access request', 'data controller', 'third party', 'exemption']));
    expect(c.jargon.find((j) => j.term === 'data controller')!.plain).toBe('the organisation responsible for your information');
    expect(c.avoid.map((w) => w.word)).toEqual(expect.arrayContaining(['in order to', 'in accordance with', 'notwithstanding', 'pursuant to', 'prior to', 'liaise', 'facilitate', 'subsequently']));
    expect(c.drivers.filter((d) => d.measure === 'sentence length')).toHaveLength(3);
    expect(c.drivers[0]!.quote).toMatch(/^Under Article 15/);
    expect(c.drivers.some((d) => d.measure === 'passive voice' && /be redacted/.test(d.note))).toBe(true);
    expect(c.reasons.join(' ')).toMatch(/core terms left unexplained/);
    expect(c.formats).toEqual([]);
  });

  it('judges the response letter on its own, with a Welsh offer expected in Wales', () => {
    const good = plainLanguageCheck(doc('evidence/letters/records-ready-letter.md'), 'letters', { nation: 'wales', words });
    expect(good.level).toBe('met');
    expect(good.words).toBeLessThanOrEqual(350);
    expect(good.reasons).toContain('no offer of a Welsh version (expected in Wales)');
    const formal = plainLanguageCheck(doc('dense/formal-letter.md'), 'letters', { words });
    expect(formal.level).toBe('partial');
    expect(formal.jargon.map((j) => j.term)).toEqual(expect.arrayContaining(['redaction', 'third party', 'exemption', 'personal data']));
  });
});
