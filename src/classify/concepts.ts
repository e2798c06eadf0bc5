// Concept word lists for the classifier. Phrases are matched stem-insensitively on word
// boundaries ("records" = "record", "organise" = "organize"; "children's" = "children"),
// so list each idea once in its plainest form. Keep lists general: no sentence from any site.

export interface Concept {
  id: string;
  label: string;
  phrases: readonly string[];
}

const c = (id: string, label: string, phrases: readonly string[]): Concept => ({ id, label, phrases });

// ---- care leavers' access to records (atr-page) ----

/** The reader WAS in care: the audience test of traps.md step 3. */
export const AUDIENCE = c('audience', 'audience phrase', [
  'were in care', 'was in care', 'been in care', 'time in care', 'grew up in care', 'in care as a child',
  'were looked after', 'was looked after', 'been looked after', 'previously looked after', 'formerly looked after',
  'care leaver', 'care experienced', 'care background', 'were fostered', 'was fostered', 'been fostered',
  'lived in a children home', 'lived in foster care', 'people who were in care', 'adults who were in care',
  'former residents', 'former resident', 'were in our care', 'was in our care', 'been in our care',
  'were you looked after', 'were you in care', 'was in the care of', 'were in the care of', 'in the care of the council', 'were you fostered', 'did you grow up in care', 'grew up with us',
  'lived with us as a child', 'in one of our homes', 'adults who were looked after', 'people who were looked after',
  'grew up in our care', 'grow up in our care', 'in our care as a child', 'home as a child', 'homes as a child', 'fostered as a child',
  'in the orphanage', 'in our orphanage', 'boarded out',   'childhood looked after', 'looked after by us', 'looked after by the council', 'spent time in care', 'time in our care',
  'lived with foster carers', 'lived with a foster family', 'with one of our foster families', 'lived with us',
]);

/** Voluntary agencies speak of their past this way; for councils these words mean archives. */
export const VOLUNTARY_AUDIENCE = c('voluntary-audience', 'voluntary-agency phrase', [
  'family history', 'our history', 'your time with us', 'children who lived in', 'lived in one of our homes', 'lived in our homes', 'our former homes', 'our children homes',
]);

/** Where a charity's records pages live (clearmark.md section 2): only a place, never an audience on its own. */
export const VOLUNTARY_HUB = c('voluntary-hub', 'voluntary-agency records section', [
  'family history', 'former residents', 'former resident', 'our records', 'in our care', 'aftercare', 'tracing your past',
  'your past', 'people we cared for', 'grew up with us', 'care leavers',
]);

/** Titles of pages that only list services (A to Z, site map): never about one service. */
export const DIRECTORY_HEADLINE = c('directory-headline', 'directory title', ['a to z', 'site map', 'sitemap', 'all services', 'index of services', 'services index', 'search results', 'results for', 'you searched for']);

export const CARE = c('care', 'care word', [
  'in care', 'looked after', 'foster', 'children home', 'children social care', 'care leaver', 'care experienced',
  'leaving care', 'residential care', 'social services', 'our care', 'care of the council', 'care of the local authority',
]);

export const RECORDS = c('records', 'records word', [
  'record', 'file', 'case file', 'case notes', 'information we hold', 'information we keep', 'information about you', 'papers about you',
  'personal data', 'personal information', 'subject access',
  // the same file in other words: "the notes we made", "what we wrote about you", "case papers"
  'notes we made', 'notes we kept', 'notes about you', 'case papers', 'what we wrote', 'wrote about you', 'written about you',
  'kept about you', 'care history', 'social work notes', 'admission book',
]);

/** Headline forms: a title or heading naming care records outright. */
export const CARE_RECORDS_HEADLINE = c('care-records-headline', 'care records heading', [
  'care record', 'care file', 'social care record', 'social care file', 'care history', 'your file', 'your record',
  'access to record', 'see your record', 'see your file', 'records from your time in care',
]);

/** Records as the reader's own past file (not a plan being written now). */
export const OWN_RECORDS = c('own-records', 'own-records phrase', [
  'care record', 'care file', 'case file', 'social care record', 'your record', 'your file', 'your old file',
  'records we kept', 'records we keep', 'records we hold', 'record about you', 'information we hold about you',
  'information we kept', 'file we kept', 'records from your time', 'access to record', 'access your record',
]);

/** Current leaving-care casework: "your file with your PA" is not the historical care file. */
/** Address words of a care-leaver section (/in-our-care/, /aftercare/, /care-experienced/). */
export const CARE_PLACE = c('care-place', 'care-leaver section', [
  'in our care', 'care leaver', 'leaving care', 'care experienced', 'looked after', 'former residents', 'aftercare', 'throughcare',
]);

/** Staff procedure markers: a procedures-manual chapter is a procedure even without the word in its title. */
export const PROCEDURE_BODY = c('procedure-body', 'procedure marker', [
  'practitioners should', 'practitioner should', 'staff should', 'the worker should', 'social workers should', 'this chapter',
  'amendment', 'procedures manual', 'team manager', 'must ensure',
]);

export const CASEWORK = c('casework', 'current casework', [
  'pathway plan', 'review meeting', 'needs assessment', 'your plan',
]);

export const ASK = c('ask', 'how to ask', [
  'ask', 'request', 'apply', 'application', 'contact us', 'email', 'phone', 'telephone', 'write to', 'form',
  'get a copy', 'see your', 'personal adviser',
  'have a copy', 'can share', 'will share', 'get in touch', 'drop us a line', 'pop in', 'text us', 'call us', 'ring us', 'ring the',
]);

// ---- local offer ----

export const LOCAL_OFFER = c('local-offer', 'local offer marker', [
  'local offer', 'care leaver offer', 'leaving care', 'care leaver covenant', 'leaving care team', 'entitlement',
]);

/** Each domain a leaving-care hub covers; a hub covers many. */
export const LOCAL_OFFER_DOMAINS: readonly Concept[] = [
  c('money', 'money', ['allowance', 'bursary', 'grant', 'money', 'financial support', 'setting up home', 'budgeting']),
  c('housing', 'housing', ['housing', 'accommodation', 'staying put', 'staying close', 'tenancy', 'somewhere to live']),
  c('education', 'education', ['education', 'university', 'college', 'apprenticeship', 'training']),
  c('work', 'work', ['employment', 'job', 'work experience', 'career']),
  c('health', 'health', ['health', 'wellbeing', 'mental health', 'prescription', 'dentist']),
  c('support', 'personal support', ['personal adviser', 'pathway plan']),
  c('council-tax', 'council tax', ['council tax exemption', 'council tax discount']),
];

// ---- generic subject access ----

export const SAR = c('sar', 'subject access marker', [
  'subject access request', 'subject access', 'right of access', 'data protection act', 'uk gdpr', 'gdpr',
  'general data protection regulation', 'personal data', 'data protection officer', 'one calendar month',
  'your personal information', 'information we hold about you',
]);

export const SAR_HEADLINE = c('sar-headline', 'subject access', [
  'subject access', 'your personal information', 'your personal data', 'data protection', 'information we hold about you',
  'your information', 'access to information', 'accessing your records', 'access your records', 'see your records',
  'personal information', 'information rights',
]);

/** Kinds of council record that a generic SAR page lists side by side. */
export const RECORD_TYPES: readonly Concept[] = [
  c('council-tax', 'council tax', ['council tax']),
  c('benefits', 'benefits', ['housing benefit', 'benefit']),
  c('housing', 'housing', ['housing', 'tenancy']),
  c('education', 'education', ['school', 'education', 'pupil']),
  c('electoral', 'electoral', ['electoral']),
  c('parking', 'parking', ['parking']),
  c('planning', 'planning', ['planning']),
  c('hr', 'employment', ['human resources', 'employment record', 'employee']),
  c('cctv', 'CCTV', ['cctv']),
  c('licensing', 'licensing', ['licence', 'licensing']),
  c('social-care', 'social care', ['social care']),
];

// ---- look-alikes ----

export const ADULT_CARE = c('adult-care', 'adult care marker', [
  'adult social care', 'care act', 'care home', 'home care', 'care and support', 'care package', 'direct payment',
  'support plan', 'needs assessment', 'carer assessment', 'unpaid carer', 'nursing home', 'residential home',
  'older people', 'deprivation of liberty', 'lasting power of attorney', 'day centre', 'reablement',
  'financial assessment',
]);

/** Childhood words: if present, the page is not adult-only. */
export const CHILDHOOD = c('childhood', 'childhood word', [
  'as a child', 'childhood', 'children social care', 'children services', 'care leaver', 'leaving care', 'foster',
  'children home', 'looked after child', 'looked after children', 'were in care', 'was in care', 'been in care',
  'were looked after', 'care experienced', 'young people', 'young person',
]);

export const ADOPTION = c('adoption', 'adoption marker', [
  'adoption', 'adopted', 'birth record counselling', 'birth record', 'adoption act', 'adoption and children act',
  'general register office', 'gro', 'birth family', 'birth parent', 'birth relative', 'intermediary',
  'original birth certificate', 'adoption contact register', 'section 51', 'adoption support agency',
]);

export const FOI = c('foi', 'FOI marker', [
  'freedom of information', 'foi', 'environmental information regulation', 'eir', '20 working days',
  'twenty working days', 'publication scheme', 'disclosure log', 'public interest test', 'information about the council',
]);

export const FOI_HEADLINE = c('foi-headline', 'freedom of information', ['freedom of information', 'foi', 'environmental information']);

export const PRIVACY = c('privacy', 'privacy-notice marker', [
  'privacy notice', 'privacy policy', 'lawful basis', 'legal basis', 'article 6', 'article 9', 'special category',
  'who we share', 'share your information', 'sharing your information', 'retention', 'how long we keep', 'data controller',
  'right to rectification', 'right to erasure', 'right to object', 'right to restrict', 'automated decision',
  'why we collect', 'how we use your information', 'information commissioner',
]);

export const PRIVACY_HEADLINE = c('privacy-headline', 'privacy notice', [
  'privacy notice', 'privacy policy', 'privacy statement', 'how we use your information', 'how we use your data',
  'privacy', 'fair processing',
]);

// ---- document type ----

export const POLICY_HEADLINE = c('policy-headline', 'policy/procedure', ['policy', 'procedure', 'protocol', 'practice guidance']);
export const POLICY_BODY = c('policy-body', 'policy marker', [
  'this policy', 'this procedure', 'this protocol', 'version', 'review date', 'date of review', 'next review',
  'document control', 'approved by', 'equality impact', 'practitioners should', 'staff should', 'amendment',
]);
export const LEAFLET_HEADLINE = c('leaflet-headline', 'guide/leaflet', [
  'guide', 'leaflet', 'what to expect', 'frequently asked question', 'faq', 'information for', 'booklet',
  'factsheet', 'fact sheet', 'easy read',
]);
export const FORM_HEADLINE = c('form-headline', 'form', ['form']);
export const FORM_BODY = c('form-body', 'form marker', [
  'please complete', 'signature', 'signed', 'date of birth', 'block capitals', 'tick', 'office use only',
  'declaration', 'applicant',
]);
export const LETTER_CLOSE = c('letter-close', 'letter sign-off', ['yours sincerely', 'yours faithfully', 'kind regards', 'best wishes']);
