import type { Topic } from '../core/index.js';
import type { Features } from './features.js';
import { describeHits } from './match.js';

export interface TopicVerdict {
  topic: Topic;
  confidence: number;
  reasons: string[];
}

// Thresholds: how many distinct markers make a page "about" something.
const LOCAL_OFFER_HUB_DOMAINS = 4;
const LOCAL_OFFER_MIN_DOMAINS = 3;
const PRIVACY_MIN_DISTINCT = 4;
const SAR_GENERIC_RECORD_TYPES = 3;

function confidence(strength: number): number {
  return Math.round(Math.min(0.95, Math.max(0.3, 0.4 + 0.1 * strength)) * 100) / 100;
}

/** Signals a document is an ATR page, with the reasons that support it. */
function atrEvidence(f: Features): { strong: boolean; weight: number; reasons: string[] } {
  const reasons: string[] = [];
  const audience = f.audience.total + (f.orgType === 'voluntary-agency' ? f.voluntaryAudience.total : 0);
  if (f.audience.total) reasons.push(`audience phrase ${describeHits(f.audience)}`);
  if (f.orgType === 'voluntary-agency' && f.voluntaryAudience.total) reasons.push(`voluntary-agency wording ${describeHits(f.voluntaryAudience)}`);
  if (f.careNearRecords) reasons.push(`care word near records word x${f.careNearRecords}`);
  if (f.careRecordsHeadline) reasons.push('title names care records');
  if (f.careRecordsHeading) reasons.push('a heading names care records');
  if (f.careLeaverPlace) reasons.push(`sits in a care-leaver section (${f.zones.placeText.trim()})`);
  if (f.ask.total) reasons.push(`how-to-ask words ${describeHits(f.ask, 3)}`);
  if (f.voluntaryHub) reasons.push("a charity's former-residents or family-history page");
  const aimed = audience >= 2 || (audience >= 1 && (f.careRecordsHeadline || f.careRecordsHeading || f.careLeaverPlace || f.voluntaryHub));
  // Pathway plans and "your file with your PA" are current casework, not the care file.
  const headed = f.careRecordsHeadline || f.careRecordsHeading;
  const casework = !headed && f.casework.total >= Math.max(1, f.ownRecords.total);
  if (casework) reasons.push(`current casework (${describeHits(f.casework)}), not the historical file`);
  // A single passage on a page about something else (a contact, redress or parents' page) is not a
  // dedicated records page: it needs a records heading, a care-leaver section, or more than one passage.
  const dedicated = headed || f.careLeaverPlace || f.voluntaryHub || f.careNearRecords >= 2;
  if (!dedicated && f.careNearRecords >= 1) reasons.push('one records passage on a page about something else');
  // On a charity's former-residents page a "Your file" heading ties the records to the readers it addresses.
  const recordsTied = f.careNearRecords >= 1 || (f.voluntaryHub && headed);
  const strong = recordsTied && f.ask.total >= 1 && aimed && !casework && dedicated;
  const weight = audience + f.careNearRecords + (f.careRecordsHeadline ? 3 : 0) + (f.careRecordsHeading ? 1 : 0);
  return { strong, weight, reasons };
}

/** Topic axis, in the decision order of shared/domain/traps.md. */
export function decideTopic(f: Features): TopicVerdict {
  const atr = atrEvidence(f);
  const foiDistinct = f.foi.byPhrase.size;
  const privacyDistinct = f.privacy.byPhrase.size;

  // 0. A list of every service (A to Z, site map) is about none of them.
  if (f.directory && !f.careRecordsHeadline) {
    return { topic: 'other', confidence: 0.8, reasons: ['a directory of services (A to Z, site map): many short headed entries'] };
  }

  // 1. Public information about the council (FOI/EIR) is never ATR, even when it points to SAR.
  if (f.foiHeadline && !f.careRecordsHeadline && !f.sarHeadline) {
    return { topic: 'foi', confidence: confidence(3 + foiDistinct), reasons: ['title or url names freedom of information', ...(foiDistinct ? [`FOI markers: ${describeHits(f.foi)}`] : [])] };
  }
  if (foiDistinct >= 2 && f.foi.total > f.sar.total && !atr.strong) {
    return { topic: 'foi', confidence: confidence(foiDistinct), reasons: [`FOI markers: ${describeHits(f.foi)}`] };
  }

  // Privacy notices explain data use, even when they are about children in care.
  if (f.privacyHeadline && !f.careRecordsHeadline) {
    return { topic: 'privacy-notice', confidence: confidence(3 + privacyDistinct), reasons: ['title or url names a privacy notice', ...(privacyDistinct ? [`privacy markers: ${describeHits(f.privacy)}`] : [])] };
  }
  if (privacyDistinct >= PRIVACY_MIN_DISTINCT && !f.careRecordsHeadline) {
    return { topic: 'privacy-notice', confidence: confidence(privacyDistinct), reasons: [`privacy markers: ${describeHits(f.privacy, 6)}`] };
  }

  // 2. Whose records, from when? Adult care with no childhood words is a look-alike.
  const adultDistinct = f.adult.byPhrase.size + (f.adultPlace ? 1 : 0);
  if (adultDistinct >= 2 && f.childhood.total === 0) {
    const reasons = [`adult care markers: ${describeHits(f.adult)}`, 'no childhood words'];
    if (f.adultPlace) reasons.unshift('url or breadcrumb is in adult social care');
    return { topic: 'adult-care-records', confidence: confidence(adultDistinct + 1), reasons };
  }

  // A page for adult AND children's social care records is a generic subject access page (traps.md).
  if (adultDistinct >= 2 && f.adult.total >= f.audience.total && !f.careLeaverPlace) {
    return { topic: 'sar-generic', confidence: confidence(adultDistinct), reasons: [`adult care markers: ${describeHits(f.adult)}`, `childhood words too: ${describeHits(f.childhood)}`, "covers adult and children's care"] };
  }

  const adoptionDistinct = f.adoption.byPhrase.size;
  if ((adoptionDistinct >= 2 || f.adoptionHeadline) && f.adoption.total >= 2 && f.adoption.total + (f.adoptionHeadline ? 3 : 0) > atr.weight) {
    return { topic: 'adoption-records', confidence: confidence(adoptionDistinct + (f.adoptionHeadline ? 2 : 0)), reasons: [`adoption markers: ${describeHits(f.adoption)}`, ...(f.adoptionHeadline ? ['title or url names adoption'] : [])] };
  }

  // A page titled for everyone's personal information stays generic even with a care section (traps.md).
  if (f.sarTitleOnly && !f.careLeaverPlace && f.localOfferDomains.length < LOCAL_OFFER_MIN_DOMAINS) {
    return { topic: 'sar-generic', confidence: confidence(2 + f.sar.byPhrase.size), reasons: ['title is about everyone\'s personal information', ...(atr.strong ? ['has a care-leaver passage (rules judge it)'] : [])] };
  }

  // issue 12 (archives look-alike): a genealogy service for relatives and descendants, with more
  // descendants wording than words to the person who was in care, is not a care-records page.
  if (f.descendants.byPhrase.size >= 2 && f.descendants.total > f.audience.total && !f.careRecordsHeadline) {
    return { topic: 'other', confidence: confidence(f.descendants.byPhrase.size), reasons: [`descendants or genealogy wording: ${describeHits(f.descendants)}`, 'a family-history service for relatives, not the person\'s own file'] };
  }

  // 3 + 4. Addressed to someone who was in care, telling them how to ask.
  const hub = f.localOfferDomains.length >= LOCAL_OFFER_HUB_DOMAINS && !f.careRecordsHeadline;
  if (atr.strong && !hub) {
    return { topic: 'atr-page', confidence: confidence(atr.weight), reasons: atr.reasons };
  }
  if (hub && (f.careLeaverPlace || f.localOffer.total > 0 || f.audience.total > 0)) {
    return {
      topic: 'local-offer',
      confidence: confidence(f.localOfferDomains.length),
      reasons: [`covers ${f.localOfferDomains.length} leaving-care areas: ${f.localOfferDomains.join(', ')}`, ...(f.localOffer.total ? [`local offer markers: ${describeHits(f.localOffer)}`] : []), ...(atr.strong ? ['has a records passage (rules judge it)'] : [])],
    };
  }

  // A page for adult AND children's care records, or listing many record types, is generic SAR.
  const sarDistinct = f.sar.byPhrase.size;
  if (f.sarHeadline || sarDistinct >= 2 || (f.recordTypes.length >= SAR_GENERIC_RECORD_TYPES && sarDistinct >= 1)) {
    const reasons: string[] = [];
    if (f.sarHeadline) reasons.push('title or url mentions subject access / personal information');
    if (sarDistinct) reasons.push(`subject access markers: ${describeHits(f.sar)}`);
    if (f.recordTypes.length) reasons.push(`record types listed: ${f.recordTypes.join(', ')}`);
    if (adultDistinct >= 2) reasons.push('covers adult and children\'s care');
    return { topic: 'sar-generic', confidence: confidence(sarDistinct + (f.sarHeadline ? 2 : 0)), reasons };
  }

  if (f.localOfferDomains.length >= LOCAL_OFFER_MIN_DOMAINS && (f.careLeaverPlace || f.localOffer.total > 0 || f.audience.total > 0)) {
    return { topic: 'local-offer', confidence: confidence(f.localOfferDomains.length - 1), reasons: [`covers leaving-care areas: ${f.localOfferDomains.join(', ')}`] };
  }

  // A sub-page of a care-leaver section about your own file ("What happens when you ask").
  if (f.careLeaverPlace && f.ownRecords.total >= 1 && f.casework.total === 0) {
    return { topic: 'atr-page', confidence: confidence(1), reasons: [...atr.reasons, `about your own records: ${describeHits(f.ownRecords)}`] };
  }

  // A records headline plus an audience phrase still makes an ATR page when the route is elsewhere.
  if (f.careRecordsHeadline && (f.audience.total > 0 || f.careLeaverPlace)) {
    return { topic: 'atr-page', confidence: confidence(1), reasons: [...atr.reasons, 'no clear route on the page'] };
  }
  return { topic: 'other', confidence: 0.5, reasons: atr.reasons.length ? [...atr.reasons, 'not enough ATR signals'] : ['no topic signals'] };
}
