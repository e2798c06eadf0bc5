// Every verdict proves itself (issue 12, item 5): each kind of evidence states what it must contain,
// and the evaluator refuses a match whose evidence fails it. The proofs are deliberately simple
// tests on the quoted sentences (and, for a route, on the document), independent of the lexicons, so
// a lexicon that grows too far cannot turn a cross-reference into a route or a section number into a
// figure.
import type { PackDef, RuleDef } from './schema.js';

export type ProofKind = 'route' | 'figure' | 'commitment' | 'reason' | 'feedback';

export interface ProofSubject {
  criterion: string;
  level?: RuleDef['level'];
  checks: RuleDef['checks'];
}

/** What each kind of evidence must contain, in words (shown when a match is refused). */
export const PROOF_RULES: Record<ProofKind, string> = {
  route: 'a route is a contact: an e-mail address, phone number, postal address, form, link to a request page or a named worker',
  figure: 'a figure counts requests or days (not a section number, a delivery method, a page count or a phone number)',
  commitment: 'a commitment has the organisation as its subject (we, the council, the trust), not a guide, page or website',
  reason: 'a reason is a benefit to the reader, not an identity rule, a system requirement or value to someone else',
  feedback: 'a general feedback route is a feedback form or survey about the service, not a complaints route, advocacy, a rights list or feedback on the website',
};

/** The proof a rule's evidence must pass, by criterion and level; undefined when none applies. */
export function proofKindOf(rule: ProofSubject): ProofKind | undefined {
  if (rule.level !== 'met' && rule.level !== 'partial') return undefined;
  switch (rule.criterion) {
    case 'C1':
      return rule.level === 'met' ? 'route' : undefined;
    case 'C2':
      return rule.level === 'met' ? 'commitment' : undefined;
    case 'C3':
      return 'reason';
    case 'C5':
      return rule.checks.some((c) => c.signal === 'claim') ? 'figure' : undefined;
    case 'C7':
      return rule.level === 'partial' ? 'feedback' : undefined;
    default:
      return undefined;
  }
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

/** The pack's own words in the proofs (pack.yaml `proofs:`): the domain's kinds of worker a route may name, the people a figure may count. */
export interface ProofWords {
  contactWords: RegExp;
  counted: RegExp;
}

const escapeTerm = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (terms: readonly string[]): string => terms.map((t) => `${escapeTerm(t)}|`).join('');

/** The proofs' tests with a pack's words added (the engine's own words alone when the pack has none). */
export function compileProofWords(words: PackDef['proofs'] = {}): ProofWords {
  const workers = alternatives(words.routeWorkers ?? []);
  const people = alternatives(words.countedPeople ?? []);
  return {
    contactWords: new RegExp(
      `\\b(e-?mail|phone|call|ring|telephone|text us|whatsapp|write to|post (it|your|this|the form)|by post|by letter|address|form|apply online|online|contact (us|the|your)|get in touch|visit us|in person|personal adviser|\\bpa\\b|social worker|(${workers}support|key) worker|your worker|duty (desk|line|team)|records (team|service|officer)|access (team|service)|data protection (team|officer)|information governance|customer service)`,
      'i',
    ),
    counted: new RegExp(
      `\\b\\d[\\d,.]*\\s*(%|per ?cent)|\\b\\d[\\d,.]*\\s+(?:[\\w'-]+\\s+){0,4}?(requests?|applications?|${people}people|adults|residents|enquiries|cases|subject access|sars?|days?|weeks?|months?|files|asked|applied|requested)\\b|\\b(requests?|applications?|received|answered|completed|on time|average|backlog|outstanding)\\b[^.\\d]{0,40}\\b\\d[\\d,.]*`,
      'i',
    ),
  };
}

const NO_PACK_WORDS = compileProofWords();
const compiled = new WeakMap<PackDef, ProofWords>();

/** A pack's proof words, compiled once per pack. */
export function proofWordsOf(def: PackDef): ProofWords {
  let w = compiled.get(def);
  if (!w) {
    w = compileProofWords(def.proofs);
    compiled.set(def, w);
  }
  return w;
}

/** A route: a contact the reader can use, in the document's text or a link to a request page. */
export function hasRoute(documentText: string, links: readonly { text: string; url: string }[] = [], words: ProofWords = NO_PACK_WORDS): boolean {
  if (EMAIL.test(documentText) || PHONE.test(documentText) || words.contactWords.test(documentText)) return true;
  return links.some((l) => /request|apply|form|contact|subject-access|sar\b/i.test(`${l.text} ${l.url}`));
}

// A number that counts requests or days: "42 requests", "within 20 working days", "85% on time",
// "an average of 31 days", "three months" is a timescale, not a figure.
const NOT_A_FIGURE = /\b(section|paragraph|para|article|regulation|schedule|chapter|page|step|appendix|part)\s+\d+\b|\btracked\b|\brecorded delivery\b/i;

export function countsSomething(quote: string, words: ProofWords = NO_PACK_WORDS): boolean {
  const stripped = quote.replace(NOT_A_FIGURE, ' ').replace(PHONE, ' ');
  return words.counted.test(stripped);
}

const ORG_SUBJECT = /\b(we|we're|we've|we'd|we'll|us|our|council|trust|authority|board|department|service|team|charity|organisation|corporate parents?)\b/i;
const DOCUMENT_SUBJECT = /^\s*(this|the|our)\s+(guide|page|web ?page|website|site|leaflet|booklet|research guide|factsheet)\b/i;

/**
 * The organisation speaks: a sentence of the quote has the organisation as subject, or at least no
 * sentence hands the commitment to a document ("This guide will help you..."). The window's quote may
 * be the sentence before the promise ("It belongs to you. We will help..."), so only a document as
 * subject refuses it.
 */
export function hasOrganisationSubject(quote: string): boolean {
  const sentences = quote.split(/(?<=[.!?])\s+/);
  if (sentences.some((s) => ORG_SUBJECT.test(s) && !DOCUMENT_SUBJECT.test(s))) return true;
  return !sentences.some((s) => DOCUMENT_SUBJECT.test(s));
}

const NOT_A_BENEFIT =
  /\b(proof of|evidence of (your )?(identity|authority)|photo ?id|on behalf of|recording systems?|electronic systems?|comply with|logical narrative|descendants?|genealog|next of kin|nearest surviving relative|signed consent)\b/i;

export function isReaderBenefit(quote: string): boolean {
  return !NOT_A_BENEFIT.test(quote);
}

const FEEDBACK = /\b(feedback|survey|questionnaire|compliments?|comments?|tell us what you think|have your say|rate)\b/i;

// clearmark.md v2 (C7): a complaints route, advocacy, a rights list or a form about the website is
// not a general feedback form, even when the page it leads to is called "comments and complaints".
const NOT_FEEDBACK =
  /\b(advocate|advocacy|right to be heard|taken seriously|not happy|unhappy|something (not right|wrong)|concerns?|complaints (procedure|process|handling)|(this|our|the|council) (web ?site|web ?page|page))\b/i;

export function isFeedbackRoute(quote: string): boolean {
  return FEEDBACK.test(quote) && !NOT_FEEDBACK.test(quote);
}

export interface ProofInput {
  quotes: readonly string[];
  documentText: string;
  links?: readonly { text: string; url: string }[];
}

/** Why the evidence fails its proof, or undefined when it passes (or no proof applies); `words` are the pack's (proofWordsOf). */
export function proofFailure(kind: ProofKind | undefined, input: ProofInput, words: ProofWords = NO_PACK_WORDS): string | undefined {
  if (!kind) return undefined;
  const { quotes } = input;
  let ok: boolean;
  switch (kind) {
    case 'route':
      ok = hasRoute(input.documentText, input.links, words);
      break;
    case 'figure':
      ok = quotes.some((q) => countsSomething(q, words));
      break;
    case 'commitment':
      ok = quotes.some(hasOrganisationSubject);
      break;
    case 'reason':
      ok = quotes.some(isReaderBenefit);
      break;
    case 'feedback':
      ok = quotes.some(isFeedbackRoute);
      break;
  }
  return ok ? undefined : PROOF_RULES[kind];
}
