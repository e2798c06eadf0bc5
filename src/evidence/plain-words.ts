// Word lists for the plain-language check of supplied letters and leaflets (docs/rules/self-check.md).
// Plain alternatives are ours; the terms follow the project's plain-language notes.

/** Records-access jargon a plain letter or leaflet explains at first use, with a plain alternative. */
export const JARGON: Record<string, string> = {
  'subject access request': 'asking for a copy of what we hold about you',
  sar: 'your request for your records',
  dsar: 'your request for your records',
  redaction: 'blacking out words, usually other people\'s details',
  redacted: 'blacked out',
  'third party': 'other people (parents, brothers and sisters, carers)',
  'third-party': 'about other people',
  'data controller': 'the organisation responsible for your information',
  'data subject': 'you',
  'personal data': 'information about you',
  exemption: 'a legal reason to hold something back',
  exempt: 'held back for a legal reason',
  disclosure: 'giving you the information',
  'serious harm test': 'we hold back only what is likely to seriously harm you or someone else',
  dpo: 'our data protection officer',
  'uk gdpr': 'the law that gives you the right to see your records',
  'dpa 2018': 'the law that gives you the right to see your records',
  'article 15': 'the law that gives you the right to see your records',
  'looked after': 'in care',
  lac: 'in care',
  statutory: 'required by law',
  chronology: 'a list of the main events',
};

/** The core terms: three or more left unexplained keep a letter or leaflet from passing. */
export const CORE_JARGON = ['subject access request', 'sar', 'dsar', 'redaction', 'redacted', 'third party', 'third-party', 'data controller', 'exemption', 'exempt'];

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
