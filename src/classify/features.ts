import type { ExtractedDocument, OrgType } from '../core/index.js';
import type { Concept } from '../rules/index.js';
import type { Vocabulary } from './vocabulary.js';
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
  /** issue 12: descendants or genealogy wording (a family-history service for relatives) */
  descendants: ConceptHits;
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

function hasAny(index: Zone, concept: Concept): boolean {
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

export interface ClassifyContext {
  vocabulary: Vocabulary;
  anchorText?: string;
  orgType?: OrgType;
}

export function computeFeatures(doc: ExtractedDocument, context: ClassifyContext): Features {
  const zones = readZones(doc, context.anchorText);
  const v = context.vocabulary;
  const C = (id: Parameters<Vocabulary['concept']>[0]): Concept => v.concept(id);
  const { body, headline, headings, place } = zones;
  const care = body.find(C('class-care'));
  const records = body.find(C('class-records'));
  const orgType = context.orgType ?? 'local-authority';
  const voluntaryAudience = body.find(C('class-voluntary-audience'));
  const audience = body.find(C('class-audience'));
  // For a charity that ran homes, "one of our homes", "former residents" and "our history" play the part of care words.
  const carePositions = orgType === 'voluntary-agency' ? [...care.positions, ...voluntaryAudience.positions, ...audience.positions] : care.positions;
  const headlineHasCare = hasAny(headline, C('class-care')) || hasAny(headline, C('class-audience'));
  return {
    zones,
    orgType,
    audience,
    voluntaryAudience,
    careNearRecords: nearCount(records.positions, carePositions, NEAR_WINDOW),
    ownRecords: body.find(C('class-own-records')),
    casework: body.find(C('class-casework')),
    descendants: body.find(C('class-descendants')),
    ask: body.find(C('class-ask')),
    careRecordsHeadline: hasAny(headline, C('class-care-records-title')) || (headlineHasCare && hasAny(headline, C('class-records'))),
    careRecordsHeading: hasAny(headings, C('class-care-records-title')),
    careLeaverPlace: hasAny(place, C('class-audience')) || hasAny(place, C('class-local-offer')) || hasAny(place, C('class-care-place')),
    voluntaryHub: orgType === 'voluntary-agency' && (hasAny(place, C('class-voluntary-hub')) || hasAny(headline, C('class-voluntary-hub'))),
    directory: hasAny(headline, C('class-directory-title')) || hasAny(place, C('class-directory-title')) || looksLikeDirectory(doc),
    localOffer: body.find(C('class-local-offer')),
    localOfferDomains: v.group('offer-areas').filter((d) => body.find(d).total > 0).map((d) => d.description ?? d.id),
    sar: body.find(C('class-sar')),
    sarTitleOnly: hasAny(headline, C('class-sar-title')) && !headlineHasCare && !hasAny(headline, C('class-care-records-title')),
    sarHeadline: hasAny(headline, C('class-sar-title')) || hasAny(place, C('class-sar-place')),
    recordTypes: v.group('record-types').filter((t) => body.find(t).total > 0).map((t) => t.description ?? t.id),
    adult: body.find(C('class-adult-care')),
    adultPlace: hasAny(place, C('class-adult-place')),
    childhood: body.find(C('class-childhood')),
    adoption: body.find(C('class-adoption')),
    adoptionHeadline: hasAny(headline, C('class-adoption-title')) || hasAny(place, C('class-adoption-title')),
    foi: body.find(C('class-foi')),
    foiHeadline: hasAny(headline, C('class-foi-title')) || hasAny(place, C('class-foi-title')),
    privacy: body.find(C('class-privacy')),
    privacyHeadline: hasAny(headline, C('class-privacy-title')) || hasAny(place, C('class-privacy-place')),
  };
}
