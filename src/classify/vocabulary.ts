import { compileConcept, type Concept, type LoadedPack } from '../rules/index.js';

/**
 * The concepts the classifier reads, by the id it knows them by. They are defined in the rule
 * pack's lexicons (rules/clearmark/lexicons/classes.yaml); the engine holds no words of its own.
 */
export const CLASSIFIER_CONCEPTS = [
  'class-audience', 'class-voluntary-audience', 'class-voluntary-hub', 'class-directory-title', 'class-care', 'class-records',
  'class-care-records-title', 'class-own-records', 'class-care-place', 'class-procedure-body', 'class-procedure-heading', 'class-descendants', 'class-casework', 'class-ask',
  'class-local-offer', 'class-sar', 'class-sar-title', 'class-sar-place', 'class-adult-care', 'class-adult-place', 'class-childhood',
  'class-adoption', 'class-adoption-title', 'class-foi', 'class-foi-title', 'class-privacy', 'class-privacy-title', 'class-privacy-place',
  'class-policy-title', 'class-policy-body', 'class-leaflet-title', 'class-form-title', 'class-form-body', 'class-letter-close',
] as const;
export type ClassifierConcept = (typeof CLASSIFIER_CONCEPTS)[number];

/** Groups of concepts the classifier counts (how many areas of an offer a page covers). */
export const CLASSIFIER_GROUPS = ['offer-areas', 'record-types'] as const;
export type ClassifierGroup = (typeof CLASSIFIER_GROUPS)[number];

export interface Vocabulary {
  concept(id: ClassifierConcept): Concept;
  group(id: ClassifierGroup): Concept[];
}

const EMPTY = new Map<string, Concept>();

/** The classifier's vocabulary from a loaded pack; a concept the pack lacks matches nothing. */
export function vocabularyOf(pack: Pick<LoadedPack, 'lexicon' | 'groups'>): Vocabulary {
  const empty = (id: string): Concept => {
    let c = EMPTY.get(id);
    if (!c) EMPTY.set(id, (c = compileConcept(id, [])));
    return c;
  };
  const concept = (id: string): Concept => pack.lexicon.get(id) ?? empty(id);
  return {
    concept,
    group: (id) => (pack.groups.get(id)?.concepts ?? []).map(concept),
  };
}
