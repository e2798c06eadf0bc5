import type { DocType, ExtractedDocument } from '../core/index.js';
import type { Concept } from '../rules/index.js';
import type { Vocabulary } from './vocabulary.js';
import type { Zones } from './features.js';
import { describeHits } from './match.js';

export interface DocTypeVerdict {
  docType: DocType;
  reasons: string[];
}

const BLANK_FIELD = /_{4,}|\.{8,}|[☐□]|\[\s\]/g;
const NUMBERED_SECTION = /(^|\n\n)\d{1,2}\.\d{1,2}\.?\s/g;
const LEAFLET_MAX_WORDS = 4000;
/** Share of "you/your" among words above which a document speaks to its reader. */
const ADDRESSES_READER = 0.015;

function addressRate(text: string, words: number): number {
  const you = text.match(/\byou(r|rs|rself)?\b/gi)?.length ?? 0;
  return words ? you / words : 0;
}

/** Document-type axis. HTML is a web page unless its title presents it as a policy/procedure. */
export function decideDocType(doc: ExtractedDocument, zones: Zones, v: Vocabulary): DocTypeVerdict {
  const C = (id: Parameters<Vocabulary['concept']>[0]): Concept => v.concept(id);
  const titleIs = (concept: Concept): boolean => zones.headline.find(concept).total > 0;
  if (doc.kind === 'html') {
    if (titleIs(C('class-policy-title'))) return { docType: 'policy', reasons: ['title names a policy/procedure'] };
    if (titleIs(C('class-form-title'))) return { docType: 'form', reasons: ['title names a form'] };
    const procedure = zones.body.find(C('class-procedure-body'));
    if (procedure.byPhrase.size >= 2) return { docType: 'policy', reasons: [`staff procedure markers: ${describeHits(procedure)}`] };
    // issue 12 (procedures manuals): a heading such as "Relevant guidance", "Scope of this chapter" or
    // "Amendment" (class-procedure-heading) makes an HTML page a procedure document.
    const manualHeading = zones.headings.find(C('class-procedure-heading'));
    if (manualHeading.total > 0) {
      return { docType: 'policy', reasons: [`procedures-manual headings: ${describeHits(manualHeading)}`, ...(procedure.total ? [`staff procedure markers: ${describeHits(procedure)}`] : [])] };
    }
    return { docType: 'web-page', reasons: ['html page'] };
  }

  const opening = doc.blocks.slice(0, 4).map((b) => b.text).join('\n');
  const close = zones.body.find(C('class-letter-close'));
  if (/(^|\n)dear\b/i.test(opening) && close.total > 0) {
    return { docType: 'letter', reasons: ['opens with "Dear"', `signs off: ${describeHits(close)}`] };
  }

  const formBody = zones.body.find(C('class-form-body'));
  const blanks = doc.text.match(BLANK_FIELD)?.length ?? 0;
  if (titleIs(C('class-form-title')) || formBody.byPhrase.size >= 3 || (blanks >= 3 && formBody.total >= 1)) {
    const reasons = [];
    if (titleIs(C('class-form-title'))) reasons.push('title names a form');
    if (formBody.total) reasons.push(`form markers: ${describeHits(formBody)}`);
    if (blanks) reasons.push(`blank fields x${blanks}`);
    return { docType: 'form', reasons };
  }

  const policyBody = zones.body.find(C('class-policy-body'));
  const numbered = doc.text.match(NUMBERED_SECTION)?.length ?? 0;
  if (titleIs(C('class-policy-title')) || policyBody.byPhrase.size >= 2 || (numbered >= 3 && policyBody.total >= 1)) {
    const reasons = [];
    if (titleIs(C('class-policy-title'))) reasons.push('title names a policy/procedure/protocol');
    if (policyBody.total) reasons.push(`policy markers: ${describeHits(policyBody)}`);
    if (numbered) reasons.push(`numbered sections x${numbered}`);
    return { docType: 'policy', reasons };
  }

  if (titleIs(C('class-leaflet-title'))) return { docType: 'leaflet', reasons: ['title names a guide/leaflet'] };
  const rate = addressRate(doc.text, doc.wordCount);
  if (doc.wordCount <= LEAFLET_MAX_WORDS && rate >= ADDRESSES_READER) {
    return { docType: 'leaflet', reasons: [`short ${doc.kind} document addressed to the reader`] };
  }
  return { docType: 'other', reasons: [`${doc.kind} document with no type markers`] };
}
