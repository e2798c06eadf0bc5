// The self-check (`audit ... --evidence <dir>`): what a council supplies that no website shows.
// The report's `selfCheck` block is additive to schemaVersion 1 (schema/report.schema.json).

/** Where a supplied document sits in the evidence folder (its sub-folder), or `other`. */
export type EvidenceRole = 'letters' | 'leaflets' | 'forms' | 'statements' | 'adverts' | 'policies' | 'other';

/** A count out of a total, with the share as a percentage to one decimal (null when the total is 0). */
export interface Share {
  count: number;
  of: number;
  percent: number | null;
}

/** One request of the log as the audit keeps it (crawl/crawl.json): dates as YYYY-MM-DD, no free text. */
export interface RequestRow {
  line: number;
  reference: string;
  received: string;
  responded?: string;
  acknowledged?: string;
  idConfirmed?: string;
  /** a date told of the extension, or true for `y` */
  extended?: string | true;
  pages?: number;
  hasOutcome: boolean;
  careExperienced: boolean;
  supportOffered?: boolean;
  supportTaken?: boolean;
  complaint?: boolean;
}

/** One reply to the evaluation form: scores 1-5 when given; the comment is only counted, never kept. */
export interface EvaluationRow {
  line: number;
  received: string;
  overall?: number;
  support?: number;
  timeliness?: number;
  hasComment: boolean;
}

/** What `--evidence` supplied, saved in the crawl record so `rescore` gives the same report. */
export interface EvidenceInput {
  /** the folder as given on the command line */
  folder: string;
  /** file:// URL of every document read from the folder, with its role */
  roles: { url: string; role: EvidenceRole }[];
  requests?: { columns: string[]; rows: RequestRow[] };
  evaluation?: { columns: string[]; rows: EvaluationRow[] };
}

export interface QuarterFigures {
  /** calendar quarter of the date received, "2026-Q1" */
  quarter: string;
  received: number;
  answered: number;
  withinOneMonth: number;
  withinLawfulLimit: number;
  medianDays: number | null;
}

export interface YesNoCount {
  /** rows that gave y or n */
  given: number;
  yes: number;
}

export interface RequestFigures {
  /** rows in the file (header not counted) */
  rows: number;
  /** rows marked care_experienced = n: left out of every figure below */
  excludedNotCareExperienced: number;
  requests: number;
  firstReceived: string | null;
  lastReceived: string | null;
  /** calendar months from the first to the last date received of answered requests, both counted */
  monthsCovered: number;
  /** the date open requests are aged to: the day the audit started */
  asOf: string;
  open: number;
  oldestOpenDays: number | null;
  /** open requests already past their lawful limit on asOf */
  overdueOpen: number;
  answered: number;
  /** calendar days from received to responded, answered requests */
  daysToRespond: { median: number; p90: number } | null;
  withinOneMonth: Share;
  extended: number;
  withinLawfulLimit: Share;
  /** requests received from 5 February 2026 whose clock started at a later id_confirmed date */
  clockStartedAtIdConfirmed: number;
  byQuarter: QuarterFigures[];
  supportOffered?: YesNoCount;
  supportTaken?: YesNoCount;
  complaints?: YesNoCount;
}

export interface ScoreFigures {
  answered: number;
  mean: number | null;
  /** replies scoring 4 or 5 */
  high: Share;
}

export interface EvaluationFigures {
  replies: number;
  firstReceived: string | null;
  lastReceived: string | null;
  overall: ScoreFigures;
  support: ScoreFigures;
  timeliness: ScoreFigures;
  /** replies with a comment: counted, the text is never copied */
  comments: number;
  /** when requests.csv is present: replies and requests answered in the log's period */
  perDisclosedRequest?: { from: string; to: string; replies: number; disclosed: number; ratio: number | null };
}

export interface SelfCheckDocument {
  url: string;
  role: EvidenceRole;
  title?: string;
}

export interface SelfCheck {
  folder: string;
  documents: SelfCheckDocument[];
  /** C5 from requests.csv */
  requests?: { level: 'met' | 'partial'; reasons: string[]; figures: RequestFigures };
  /** C7 from the form and evaluation.csv */
  evaluation?: { level: 'met' | 'partial'; reasons: string[]; forms: string[]; figures?: EvaluationFigures };
  /** C6: each supplied letter and leaflet measured against the plain-language targets */
  plainLanguage?: PlainLanguageCheck[];
}

/** A sentence that drives a figure, where it is, and why it counts. */
export interface DrivingSentence {
  measure: 'sentence length' | 'reading grade' | 'passive voice';
  quote: string;
  location: string;
  note: string;
}

/** A supplied letter or leaflet measured against the plain-language targets (C6). */
export interface PlainLanguageCheck {
  url: string;
  title: string;
  role: 'letters' | 'leaflets';
  /** readability band: pass, borderline, fail; too-short under 100 words */
  verdict: 'pass' | 'borderline' | 'fail' | 'too-short';
  level: 'met' | 'partial';
  reasons: string[];
  words: number;
  /** the brief limit: about 350 words for a letter (one side of A4), 1,000 for a leaflet */
  wordLimit: number;
  /** pages of a PDF; null for other documents */
  pages: number | null;
  sentences: number;
  averageSentence: number;
  /** sentences over 25 words */
  longSentences: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  passive: Share;
  jargon: { term: string; plain: string; quote: string; location: string }[];
  avoid: { word: string; say: string; quote: string; location: string }[];
  headings: number;
  listItems: number;
  /** other formats offered (Easy Read, large print, Welsh...) */
  formats: string[];
  drivers: DrivingSentence[];
}
