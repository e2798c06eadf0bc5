import { z } from 'zod';

// The closed set of signal types. Each check reads one document; a rule matches a document
// when all its `checks` pass and none of its `unless` checks do.

const conceptList = z.array(z.string().min(1)).min(1);

export const ConceptNearCheck = z
  .object({
    signal: z.literal('concept-near'),
    /** every concept must occur within `window` consecutive sentences of one section */
    concepts: conceptList,
    window: z.number().int().min(1).max(6).default(2),
    /** each must occur in the same section, its headings or the document title */
    context: z.array(z.string()).default([]),
    /** each must occur in the headings above the window */
    inHeading: z.array(z.string()).default([]),
    /** each must occur in the document title */
    inTitle: z.array(z.string()).default([]),
    /** none may occur in the document title ("records management policy") */
    notInTitle: z.array(z.string()).default([]),
    /** each must occur anywhere in the document (e.g. a route: form, email, phone) */
    inDocument: z.array(z.string()).default([]),
    /** a concept in the same sentence as the match cancels it ("protect your data") */
    vetoes: z.array(z.string()).default([]),
    /** a concept anywhere in the paragraph of the window's first sentence cancels it ("Not happy? Use our comments form.") */
    paragraphVetoes: z.array(z.string()).default([]),
  })
  .strict();

export const ConceptCountCheck = z
  .object({
    signal: z.literal('concept-count'),
    /** how many distinct concepts of the list occur in the document */
    concepts: conceptList,
    min: z.number().int().min(1),
    /** a sentence or heading holding one of these does not count */
    vetoes: z.array(z.string()).default([]),
    /** count only sections whose headings hold one of these (a "Your records" section of a longer page) */
    inSectionHeaded: z.array(z.string()).default([]),
    /** count only sentences within `nearWindow` sentences of one holding one of these (headings then do not count) */
    near: z.array(z.string()).default([]),
    nearWindow: z.number().int().min(1).max(6).default(2),
  })
  .strict();

export const ReadabilityCheck = z
  .object({
    signal: z.literal('readability'),
    /** Flesch-Kincaid grade above this fails */
    maxGrade: z.number().positive(),
    /** average sentence length (words) above this fails */
    maxAverageSentence: z.number().positive(),
    /** main content longer than this fails (too long to be brief) */
    maxWords: z.number().int().positive().default(2500),
    /** below this many words the text is too short to score, and the check passes with a note */
    minWords: z.number().int().positive().default(100),
    /** concept of jargon terms that must be explained at first use (plain-language.md section 5) */
    jargon: z.string().optional(),
    /** concept of words that explain a term in the same or next sentence ("called", "this means") */
    explanation: z.string().optional(),
    /** concept of headings that start an on-page glossary */
    glossary: z.string().optional(),
    /** more unexplained jargon terms than this fails */
    maxUnexplainedJargon: z.number().int().min(0).default(2),
    /** score only the sections under a heading holding one of these (the records section of a long page) */
    inSectionHeaded: z.array(z.string()).default([]),
  })
  .strict();

export const ClaimCheck = z
  .object({
    signal: z.literal('claim'),
    /** case-insensitive regular expressions for the claim itself */
    patterns: z.array(z.string().min(1)).min(1),
    /** the paragraph must hold one of these concepts (e.g. subject access context) */
    context: z.array(z.string()).default([]),
    /** any of these concepts in the paragraph cancels it (e.g. freedom of information) */
    vetoes: z.array(z.string()).default([]),
    /** ignore a claim with history words nearby ("replaced", "until May 2018") */
    historyGuard: z.boolean().default(true),
  })
  .strict();

export const LinkTextCheck = z
  .object({
    signal: z.literal('link-text'),
    /** a link in the document's main text whose anchor holds all of these concepts */
    concepts: conceptList,
    /** a concept in the sentence that shows the link cancels it ("feedback on this page") */
    vetoes: z.array(z.string()).default([]),
    /** a concept anywhere in the paragraph that shows the link cancels it ("Not happy? [Comments and complaints]") */
    paragraphVetoes: z.array(z.string()).default([]),
  })
  .strict();

export const LanguageVersionCheck = z
  .object({
    signal: z.literal('language-version'),
    /** the language's primary tag, e.g. cy: the document is in it (lang attribute), or links to a version in it */
    lang: z.string().regex(/^[a-z]{2,3}$/),
    /** link texts that name the language in itself ("Cymraeg"), matched whole, case-insensitively */
    anchors: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const Check = z.discriminatedUnion('signal', [ConceptNearCheck, ConceptCountCheck, ReadabilityCheck, ClaimCheck, LinkTextCheck, LanguageVersionCheck]);
export type Check = z.infer<typeof Check>;
export const SIGNAL_TYPES = ['concept-near', 'concept-count', 'readability', 'claim', 'link-text', 'language-version'] as const;

export const NationId = z.enum(['england', 'wales', 'scotland', 'northern-ireland']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const Scope = z
  .object({
    /** document classes declared in pack.yaml `classes` (checked when the pack loads) */
    topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    docTypes: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    kinds: z.array(z.enum(['html', 'pdf', 'docx', 'text'])).optional(),
    orgTypes: z.array(z.enum(['local-authority', 'voluntary-agency'])).optional(),
    /** rules for one nation's law (Scottish retention, Welsh language); skipped when the nation is unknown */
    nations: z.array(NationId).optional(),
    /** ISO date: the rule applies only to documents fetched on or after it (a duty that commenced that day) */
    from: isoDate.optional(),
    /** ISO date: the rule applies only to documents fetched before it (a position that changed that day) */
    until: isoDate.optional(),
  })
  .strict();

export const Examples = z
  .object({
    match: z.array(z.string().min(1)).min(1),
    no_match: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const RuleDef = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule ids are lowercase words joined by -'),
    title: z.string().min(1),
    kind: z.enum(['verdict', 'advisory']).default('verdict'),
    /** verdict rules: the level a match gives the criterion */
    level: z.enum(['met', 'partial']).optional(),
    /** advisory rules: how serious, and the correct position in one line */
    severity: z.enum(['high', 'medium', 'low', 'info']).optional(),
    correction: z.string().optional(),
    /** advisory rules: a plain sentence the organisation could publish instead */
    rewrite: z.string().optional(),
    message: z.string().min(1),
    /** references into the domain notes, e.g. OC-01 (outdated-and-wrong-claims) */
    tags: z.array(z.string()).default([]),
    scope: Scope.default({}),
    checks: z.array(Check).min(1),
    unless: z.array(Check).default([]),
    examples: Examples,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.kind === 'verdict' && !r.level) ctx.addIssue({ code: 'custom', path: ['level'], message: 'a verdict rule needs level: met or partial' });
    if (r.kind === 'advisory' && !r.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'an advisory rule needs severity: high, medium, low or info' });
  });
export type RuleDef = z.infer<typeof RuleDef>;

/** A rule file's outer shape; each rule is then checked on its own against RuleDef. */
export const RuleFileShape = z
  .object({
    criterion: z.string().min(1),
    rules: z.array(z.unknown()).min(1),
  })
  .strict();

export const CriterionDef = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    /** status when no verdict rule matches: not_met, or needs_evidence where public material cannot show it */
    whenNothingFound: z.enum(['not_met', 'needs_evidence', 'met']).default('not_met'),
    /** a criterion of warnings (legal-accuracy): its status when any of its advisories matched */
    whenAdvised: z.enum(['partial', 'not_met']).optional(),
    /** the nations whose law the criterion belongs to: elsewhere it is not_applicable, with the reason */
    nations: z.array(NationId).optional(),
    summaries: z
      .object({
        met: z.string(),
        partial: z.string(),
        not_met: z.string(),
        needs_evidence: z.string().optional(),
        error: z.string().optional(),
        not_applicable: z.string().optional(),
      })
      .strict(),
    /** a separate needs_evidence finding: what to ask the organisation for (never changes the status) */
    askFor: z.string().optional(),
    /**
     * what a campaigner's information request (`atr-audit foi`) asks for, in the words of a formal
     * request: `ifNotMet` when the criterion is not met, `ifNotSupplied` whenever the organisation's
     * own records (audit --evidence) have not shown it (what no website shows). `{period}` is replaced
     * by the three years before the audit.
     */
    informationRequest: z
      .object({ ifNotMet: z.array(z.string().min(1)).default([]), ifNotSupplied: z.array(z.string().min(1)).default([]) })
      .strict()
      .optional(),
    /**
     * words in the address of an unreadable document that tie it to this criterion ("policy"):
     * such a document makes only these criteria `error` instead of `not_met`; an unreadable
     * document tied to no criterion affects them all
     */
    documentWords: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** the source's own level for this criterion ("must", "should"), one of pack.yaml `scoring.levels`; scored apart */
    level: z.string().min(1).optional(),
  })
  .strict();

const ClassDef = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string() }).strict();

const weights = z.record(z.string().min(1), z.number().int().min(1).max(9));
export const FocusDef = z
  .object({
    /** phrase -> weight: links whose text, address or heading hold it are followed first */
    follow: weights.default({}),
    /** more phrases for one kind of organisation (local-authority, voluntary-agency) */
    followFor: z.partialRecord(z.enum(['local-authority', 'voluntary-agency']), weights).default({}),
    /** phrase -> weight subtracted: sections the evidence never sits under */
    avoid: weights.default({}),
    /** regular expression (case-insensitive) over an unreadable resource's address: it may hold evidence */
    relevantUrl: z.string().default('.'),
    /** terms asked of the site's own search (when its home page has one and robots.txt allows it) */
    search: z.array(z.string().min(1).max(100)).max(5).default([]),
  })
  .strict();
export type FocusDef = z.infer<typeof FocusDef>;

export const PackDef = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string(),
    description: z.string().optional(),
    /** where the criteria come from: shown by `rules list` and cited in the pack's README */
    source: z
      .object({ title: z.string().min(1), publisher: z.string().min(1).optional(), url: z.string().url().optional(), date: z.string().min(4) })
      .strict()
      .optional(),
    /** added beside whatever packs an audit names (`--rules`), unless it names `-<id>` */
    defaultOn: z.boolean().default(false),
    /**
     * levels: the source's levels, strongest first ("must" before "should"); each criterion names
     * one, and the summary scores each level apart (summary.levels) instead of one blended number
     */
    scoring: z.object({ levels: z.array(z.string().min(1)).min(1) }).strict().optional(),
    criteria: z.array(CriterionDef).min(1),
    /** the pack's words in reports: the name of a pass, and what the audit is about */
    labels: z
      .object({
        ready: z.string().min(1).default('All criteria met'),
        heading: z.string().min(1).default('audit'),
        pageTitle: z.string().min(1).default('audit'),
        people: z.string().min(1).default('people the service is for'),
      })
      .strict()
      .default({ ready: 'All criteria met', heading: 'audit', pageTitle: 'audit', people: 'people the service is for' }),
    /** the self-check of supplied letters and leaflets (audit --evidence): the jargon a plain letter explains, and its core terms */
    selfCheck: z
      .object({
        /** term (lower case) -> a plain alternative, in the order they are reported */
        jargon: z.record(z.string().min(1), z.string().min(1)).default({}),
        /** the terms of which three or more left unexplained keep a letter or leaflet from passing */
        coreJargon: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .superRefine((s, ctx) => {
        s.coreJargon.forEach((t, i) => {
          if (!(t in s.jargon)) ctx.addIssue({ code: 'custom', path: ['coreJargon', i], message: `core term "${t}" is not in selfCheck.jargon` });
        });
      })
      .optional(),
    /** the pack's words in the evidence proofs (src/rules/proofs.ts), literal phrases: kinds of worker a route may name, people a figure may count */
    proofs: z
      .object({ routeWorkers: z.array(z.string().min(1)).optional(), countedPeople: z.array(z.string().min(1)).optional() })
      .strict()
      .optional(),
    /** per nation: notes for the report (law, retention), and which kinds of body (the body list's type) hold the records there */
    nations: z
      .partialRecord(
        NationId,
        z
          .object({
            notes: z.array(z.string().min(1)).default([]),
            recordHolders: z.array(z.string().min(1)).optional(),
            /** said when the audited body is not one of recordHolders (or not in the body list) */
            notRecordHolder: z.string().optional(),
          })
          .strict(),
      )
      .default({}),
    /** the YAML file (inside the pack folder) of checks that rules take by name (`- use: name`) */
    namedChecks: z.string().optional(),
    /** the YAML file (inside the pack folder) of plain words for reports: per criterion what we looked for, what to publish, an example */
    advice: z.string().optional(),
    /** lexicon files, relative to the pack folder */
    lexicons: z.array(z.string()).default([]),
    /** what the crawler follows first and which unreadable addresses may hold evidence */
    focus: FocusDef.default({ follow: {}, followFor: {}, avoid: {}, relevantUrl: '.', search: [] }),
    /** the document classes the pack's classifier gives and its rules scope to */
    classes: z
      .object({
        /** what a document is about, best evidence first (evidence is ranked in this order) */
        topics: z.array(ClassDef).min(1),
        /** what form a document takes */
        docTypes: z.array(ClassDef).min(1),
        /** the YAML file (inside the pack folder) of ordered rules that give each document its classes */
        rules: z.string().optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const levels = p.scoring?.levels;
    p.criteria.forEach((c, i) => {
      if (levels && !c.level) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'level'], message: `criterion ${c.id} needs a level: one of ${levels.join(', ')}` });
      if (c.level && !levels) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'level'], message: 'a criterion level needs scoring.levels in pack.yaml' });
      if (c.level && levels && !levels.includes(c.level))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'level'], message: `level "${c.level}" is not in scoring.levels (${levels.join(', ')})` });
    });
  });
export type PackDef = z.infer<typeof PackDef>;

export const ConceptDef = z
  .object({
    description: z.string().optional(),
    terms: z.array(z.string().min(1)).min(1),
    /** add these terms to the core concept of the same id */
    extends: z.literal('core').optional(),
    /** drop the core concept of the same id and use these terms instead */
    replaces: z.literal('core').optional(),
    /** terms that stem alike are kept on purpose (each spelling counts as a marker); no lint warning */
    countsEachSpelling: z.boolean().default(false),
  })
  .strict()
  .refine((c) => !(c.extends && c.replaces), { message: 'a concept either extends or replaces the core one, not both' });
export type ConceptDef = z.infer<typeof ConceptDef>;

const conceptId = z.string().regex(/^[a-z0-9-]+$/);

export const LexiconFile = z
  .object({
    concepts: z.record(conceptId, ConceptDef).default({}),
    /** named lists of concepts that are counted together (the areas a care leavers' offer covers) */
    groups: z.record(conceptId, z.object({ description: z.string().optional(), concepts: z.array(conceptId).min(1) }).strict()).default({}),
    /** the claim signal's history guard: words that after "previously" or "formerly" describe a person, not the law (literal, case-insensitive) */
    historyGuard: z.object({ describesPerson: z.array(z.string().min(1)).default([]) }).strict().optional(),
  })
  .strict();
