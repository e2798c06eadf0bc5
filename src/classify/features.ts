import type { ExtractedDocument, OrgType } from '../core/index.js';
import * as C from './concepts.js';
import { type ConceptHits, Zone, nearCount } from './match.js';

/** Tokens apart that still count as "near" (about one or two sentences). */
const NEAR_WINDOW = 20;

/** The zones of a document that signals are read from. */
export interface Zones {
  /** URL path + breadcrumb: where the page sits */
  place: Zone;
  /** title, first h1 and the anchor text that led here */
  headline: Zone;
  headings: Zone;
  body: Zone;
  placeText: string;
}

export interface Features {
  zones: Zones;
  orgType: OrgType;
  audience: ConceptHits;
  voluntaryAudience: ConceptHits;
  careNearRecords: number;
  ownRecords: ConceptHits;
  casework: ConceptHits;
  ask: ConceptHits;
  careRecordsHeadline: boolean;
  careRecordsHeading: boolean;
  careLeaverPlace: boolean;
  /** A voluntary agency's page titled or filed as former residents, family history, our records. */
  voluntaryHub: boolean;
  /** An A to Z, site map or services index: many headed entries of a line each. */
  directory: boolean;
  localOffer: ConceptHits;
  localOfferDomains: string[];
  sar: ConceptHits;
  sarHeadline: boolean;
  /** the title is about everyone's personal information, with no word of care in it */
  sarTitleOnly: boolean;
  recordTypes: string[];
  adult: ConceptHits;
  adultPlace: boolean;
  childhood: ConceptHits;
  adoption: ConceptHits;
  adoptionHeadline: boolean;
  foi: ConceptHits;
  foiHeadline: boolean;
  privacy: ConceptHits;
  privacyHeadline: boolean;
}

function urlPathWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname).replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[/_.-]+/g, ' ');
  } catch {
    return '';
  }
}

function hasAny(index: Zone, concept: C.Concept): boolean {
  return index.find(concept).total > 0;
}

// A directory page has many headings with a line or two under each.
const DIRECTORY_MIN_HEADINGS = 12;
const DIRECTORY_MAX_WORDS_PER_ENTRY = 15;

function looksLikeDirectory(doc: ExtractedDocument): boolean {
  const headings = doc.blocks.filter((b) => b.isHeading).length;
  if (headings < DIRECTORY_MIN_HEADINGS) return false;
  const words = doc.blocks.filter((b) => !b.isHeading).reduce((n, b) => n + b.text.split(/\s+/).length, 0);
  // Entries that lead somewhere: an Easy Read or FAQ guide has short sections too, but few links.
  return words / headings < DIRECTORY_MAX_WORDS_PER_ENTRY && doc.links.length >= headings / 2;
}

export function readZones(doc: ExtractedDocument, anchorText?: string): Zones {
  const placeText = `${urlPathWords(doc.url)} | ${doc.breadcrumb.join(' | ')}`;
  const h1 = doc.blocks.find((b) => b.isHeading)?.text ?? '';
  const headings = doc.blocks.filter((b) => b.isHeading).map((b) => b.text);
  return {
    place: new Zone(placeText),
    headline: new Zone([doc.title, h1, anchorText ?? ''].join(' | ')),
    headings: new Zone(headings.join(' | ')),
    body: new Zone(doc.text || doc.title),
    placeText,
  };
}

export function computeFeatures(doc: ExtractedDocument, context: { anchorText?: string; orgType?: OrgType } = {}): Features {
  const zones = readZones(doc, context.anchorText);
  const { body, headline, headings, place } = zones;
  const care = body.find(C.CARE);
  const records = body.find(C.RECORDS);
  const orgType = context.orgType ?? 'local-authority';
  const voluntaryAudience = body.find(C.VOLUNTARY_AUDIENCE);
  const audience = body.find(C.AUDIENCE);
  // For a charity that ran homes, "one of our homes", "former residents" and "our history" play the part of care words.
  const carePositions = orgType === 'voluntary-agency' ? [...care.positions, ...voluntaryAudience.positions, ...audience.positions] : care.positions;
  const headlineHasCare = hasAny(headline, C.CARE) || hasAny(headline, C.AUDIENCE);
  return {
    zones,
    orgType,
    audience,
    voluntaryAudience,
    careNearRecords: nearCount(records.positions, carePositions, NEAR_WINDOW),
    ownRecords: body.find(C.OWN_RECORDS),
    casework: body.find(C.CASEWORK),
    ask: body.find(C.ASK),
    careRecordsHeadline: hasAny(headline, C.CARE_RECORDS_HEADLINE) || (headlineHasCare && hasAny(headline, C.RECORDS)),
    careRecordsHeading: hasAny(headings, C.CARE_RECORDS_HEADLINE),
    careLeaverPlace: hasAny(place, C.AUDIENCE) || hasAny(place, C.LOCAL_OFFER) || hasAny(place, C.CARE_PLACE) || place.positionsOf('care leaver').length > 0,
    voluntaryHub: orgType === 'voluntary-agency' && (hasAny(place, C.VOLUNTARY_HUB) || hasAny(headline, C.VOLUNTARY_HUB)),
    directory: hasAny(headline, C.DIRECTORY_HEADLINE) || hasAny(place, C.DIRECTORY_HEADLINE) || looksLikeDirectory(doc),
    localOffer: body.find(C.LOCAL_OFFER),
    localOfferDomains: C.LOCAL_OFFER_DOMAINS.filter((d) => body.find(d).total > 0).map((d) => d.label),
    sar: body.find(C.SAR),
    sarTitleOnly: hasAny(headline, C.SAR_HEADLINE) && !headlineHasCare && !hasAny(headline, C.CARE_RECORDS_HEADLINE),
    sarHeadline: hasAny(headline, C.SAR_HEADLINE) || place.positionsOf('subject access').length > 0 || place.positionsOf('data protection').length > 0,
    recordTypes: C.RECORD_TYPES.filter((t) => body.find(t).total > 0).map((t) => t.label),
    adult: body.find(C.ADULT_CARE),
    adultPlace: place.positionsOf('adult social care').length > 0 || place.positionsOf('adult').length > 0,
    childhood: body.find(C.CHILDHOOD),
    adoption: body.find(C.ADOPTION),
    adoptionHeadline: headline.positionsOf('adoption').length > 0 || headline.positionsOf('adopted').length > 0 || place.positionsOf('adoption').length > 0,
    foi: body.find(C.FOI),
    foiHeadline: hasAny(headline, C.FOI_HEADLINE) || hasAny(place, C.FOI_HEADLINE),
    privacy: body.find(C.PRIVACY),
    privacyHeadline: hasAny(headline, C.PRIVACY_HEADLINE) || place.positionsOf('privacy').length > 0,
  };
}
