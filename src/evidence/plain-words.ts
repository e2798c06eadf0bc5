// Word lists for the plain-language check of supplied letters and leaflets (docs/rules/self-check.md).
// Plain alternatives are ours; the terms follow the project's plain-language notes. The jargon is the
// pack's (pack.yaml selfCheck.jargon); the formal words, explanations and formats here are plain English.
import type { PackDef } from '../rules/schema.js';

/** The pack's words for the self-check (pack.yaml `labels.people` and `selfCheck:`): who the request log counts, and its jargon. */
export interface SelfCheckWords {
  /** who the request log counts ("people who were in care") */
  people: string;
  /** jargon a plain letter or leaflet explains at first use, with a plain alternative, in report order */
  jargon: Readonly<Record<string, string>>;
  /** the core terms: three or more left unexplained keep a letter or leaflet from passing */
  coreJargon: readonly string[];
}

/** A pack's self-check words (a pack without a `selfCheck:` section checks no jargon). */
export function selfCheckWordsOf(def: PackDef): SelfCheckWords {
  return { people: def.labels.people, jargon: def.selfCheck?.jargon ?? {}, coreJargon: def.selfCheck?.coreJargon ?? [] };
}

export const NO_SELF_CHECK_WORDS: SelfCheckWords = { people: 'people the service is for', jargon: {}, coreJargon: [] };

/** Formal words to avoid, with what to say instead. */
export const AVOID: Record<string, string> = {
  'in order to': 'to',
  'prior to': 'before',
  commence: 'start',
  subsequently: 'later',
  'in respect of': 'about',
  'in accordance with': 'under',
  'pursuant to': 'under',
  furthermore: 'also',
  whereby: 'where',
  notwithstanding: 'despite',
  forthwith: 'now',
  aforementioned: '(remove)',
  'provision of': 'giving',
  facilitate: 'help, arrange',
  utilise: 'use',
  liaise: 'work with, talk to',
  initiate: 'start',
  robust: 'strong, reliable',
  empower: 'help, let',
  'going forward': 'from now on',
};

/** Words that introduce an explanation in the same or the next sentence. */
export const EXPLANATION = ['this means', 'which means', 'that means', 'known as', 'in other words', 'we mean', 'stands for', 'is called', 'are called', 'means that'];

/** Headings that start an on-page glossary. */
export const GLOSSARY_HEADINGS = ['glossary', 'what the words mean', 'words we use', 'jargon buster', 'what these words mean', 'key terms'];

/** Offers of other formats (the label, and how to spot it). */
export const FORMATS: [string, RegExp][] = [
  ['Easy Read', /\beasy[ -]read\b/i],
  ['large print', /\blarge print\b/i],
  ['Braille', /\bbraille\b/i],
  ['audio', /\baudio\b/i],
  ['British Sign Language', /\b(british sign language|bsl)\b/i],
  ['interpreter or translation', /\b(interpreter|translat(e|ion|ed))\b/i],
  ['Welsh', /\b(welsh|cymraeg)\b/i],
  ['other formats', /\b(other|different|another|alternative) formats?\b/i],
];
