import { describe, expect, it } from 'vitest';
import { splitSentences, stemWord, tokenise } from './text-analysis.js';

const stems = (t: string): string[] => tokenise(t).map((x) => x.stem);

describe('text analysis', () => {
  it('spells -ize as -ise before stemming, so UK and US spellings match', () => {
    expect(stemWord('recognize')).toBe(stemWord('recognise'));
    expect(stemWord('organizations')).toBe(stemWord('organisations'));
  });
  it('drops possessives and expands contractions', () => {
    expect(stems("children's")).toEqual(stems('children'));
    expect(stems("we're committed")).toEqual(stems('we are committed'));
    expect(stems("You don't need a reason")).toEqual(stems('you do not need a reason'));
  });
  it('turns contact details into one special token each', () => {
    expect(stems('Email records@council.example or call 01632 960 555.')).toEqual(['email', '@email', 'or', 'call', '@phone']);
  });
  it('keeps sentence offsets that point back into the text', () => {
    const text = 'First one. Second one here!  Third?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['First one.', 'Second one here!', 'Third?']);
  });
});

describe('present caring is not being in care', () => {
  it('"looking after you" and "look after" do not stem like "looked after"', () => {
    const stems = (t: string): string => tokenise(t).map((x) => x.stem).join(' ');
    expect(stems('Were you looked after?')).toContain('look after');
    expect(stems('Nurses looking after you')).not.toContain('look after');
    expect(stems('We look after your data')).not.toContain('look after');
  });
});

describe('one text analysis', () => {
  it('is the only place that stems words (classifier, rules, link scoring and readability share it)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const srcDir = join(import.meta.dirname, '..');
    const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const stemming = files.filter((f) => /from 'stemmer'/.test(readFileSync(join(srcDir, f), 'utf8')));
    expect(stemming).toEqual([join('rules', 'text-analysis.ts')]);
  });
});
