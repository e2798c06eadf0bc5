import { describe, expect, it } from 'vitest';
import type {
  AuditReport,
  CrawlBudget,
  EarlyStop,
  NetworkNote,
  CriterionVerdict,
  Evidence,
  Finding,
  Jurisdiction,
  Organisation,
  Problem,
  ReportSummary,
  LevelSummary,
  Searched,
  SourceEntry,
  UnreadableDocument,
} from '../core/index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { fullSelfCheck } from '../../test/helpers/sample-self-check.js';
import { renderJson } from './json.js';
import { loadReportSchema, reportSchemaErrors } from './schema-validate.js';

type SchemaObject = { required?: string[]; properties?: Record<string, unknown> };
const schema = loadReportSchema() as SchemaObject & { $defs: Record<string, SchemaObject> };
const def = (name: string): SchemaObject => {
  const d = schema.$defs[name];
  if (!d) throw new Error(`schema has no $defs.${name}`);
  return d;
};
const clone = (): Record<string, unknown> => JSON.parse(renderJson(sampleReport)) as Record<string, unknown>;
type Json = Record<string, unknown> & { criteria: Array<Record<string, unknown>> };

describe('schema/report.schema.json', () => {
  it('accepts the sample report, as rendered to JSON', () => {
    expect(reportSchemaErrors(clone())).toEqual([]);
  });

  it('accepts a report listing unreadable relevant documents', () => {
    const r = clone();
    r.unreadable = [{ url: 'https://x.example/downloads/file/1234', kind: 'parse-error', message: 'unreadable PDF: Invalid PDF structure', about: 'Access to records policy (PDF)' }];
    expect(reportSchemaErrors(r)).toEqual([]);
  });

  it('accepts a report with a further pack', () => {
    const r = clone();
    r.packs = [{ ruleset: { id: 'extra', version: '1.0.0' }, summary: r.summary, criteria: r.criteria }];
    expect(reportSchemaErrors(r)).toEqual([]);
  });

  const mutations: Array<[string, (r: Json) => void, string]> = [
    ['not_met without searched', (r) => { delete r.criteria[2]!.searched; }, '/criteria/2'],
    ['an unknown status', (r) => { r.criteria[0]!.status = 'passed'; }, '/criteria/0/status'],
    ['score 101', (r) => { (r.summary as ReportSummary).score = 101; }, '/summary/score'],
    ['a fractional score', (r) => { (r.summary as ReportSummary).score = 62.5; }, '/summary/score'],
    ['criterion score 0.25', (r) => { r.criteria[0]!.score = 0.25; }, '/criteria/0/score'],
    ['a score on needs_evidence', (r) => { r.criteria[4]!.score = 0; }, '/criteria/4/score'],
    ['an unknown top-level key', (r) => { r.extra = true; }, '/'],
    ['an unknown summary key', (r) => { (r.summary as Record<string, unknown>).grade = 'B'; }, '/summary'],
    ['a missing top-level key', (r) => { delete r.problems; }, '/'],
    ['a quote over 301 characters', (r) => {
      ((r.criteria[0]!.findings as Finding[])[0]!.evidence[0] as Evidence).quote = 'x'.repeat(302);
    }, '/criteria/0/findings/0/evidence/0/quote'],
    ['a verdict status on an advisory', (r) => { (r.criteria[1]!.findings as Finding[])[1]!.status = 'met'; }, '/criteria/1/findings/1/status'],
    ['a bad date', (r) => { r.startedAt = 'yesterday'; }, '/startedAt'],
    ['a bad source outcome', (r) => { (r.sources as SourceEntry[])[0]!.outcome = 'done' as SourceEntry['outcome']; }, '/sources/0/outcome'],
    ['a skipped source without reason', (r) => { delete (r.sources as SourceEntry[])[7]!.reason; }, '/sources/7'],
    ['an unknown problem kind', (r) => { (r.problems as Problem[])[0]!.kind = 'oops' as Problem['kind']; }, '/problems/0/kind'],
    ['an empty uncertain note', (r) => { r.criteria[2]!.uncertain = ''; }, '/criteria/2/uncertain'],
    ['a crawl budget without its counts', (r) => { r.crawlBudget = { maxPages: 3 }; }, '/crawlBudget'],
    ['an empty unreadable list', (r) => { r.unreadable = []; }, '/unreadable'],
    ['an unreadable document without its kind', (r) => { r.unreadable = [{ url: 'https://x.example/p.pdf', message: 'unreadable PDF' }]; }, '/unreadable/0'],
    ['a slug with capitals', (r) => { (r.organisation as Organisation).slug = 'Harrow Field'; }, '/organisation/slug'],
  ];
  it.each(mutations)('rejects %s', (_name, mutate, path) => {
    const r = clone() as Json;
    mutate(r);
    const errors = reportSchemaErrors(r);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.startsWith(`${path}:`))).toBe(true);
  });

  // Drift, one direction: what the contract always has is what the schema requires.
  it('requires exactly the keys a report, a criterion and a finding always carry', () => {
    expect([...(schema.required ?? [])].sort()).toEqual(Object.keys(sampleReport).sort());
    const met = sampleReport.criteria.find((c) => c.searched === undefined)!;
    expect([...(def('criterion').required ?? [])].sort()).toEqual(Object.keys(met).sort());
    const verdict = met.findings[0]!;
    expect([...(def('finding').required ?? [])].sort()).toEqual(Object.keys(verdict).sort());
  });

  // Drift, other direction: Required<T> makes tsc fail here when a field is added to types.ts,
  // and the test fails when the schema does not list it.
  it('lists every field of the TypeScript types, optional ones included', () => {
    const evidence: Required<Evidence> = { url: '', title: '', kind: 'html', location: '', quote: '', contentHash: '', fetchedAt: '', screenshot: '', consent: 'after' };
    const finding: Required<Finding> = { id: '', ruleId: '', kind: 'verdict', status: 'met', message: '', evidence: [], correction: '', rewrite: '', waiver: { reason: '', author: '', expires: '' } };
    const searched: Required<Searched> = { pagesVisited: 0, documentsRead: 0, classesRead: [], urls: [], queries: [], lookedFor: '', where: '' };
    const criterion: Required<CriterionVerdict> = { id: '', title: '', status: 'met', score: 1, summary: '', findings: [], searched, waived: { reason: '', author: '', expires: '', originalStatus: 'met' }, uncertain: '', alsoConsidered: [], publish: { what: '', example: '' }, level: '' };
    const organisation: Required<Organisation> = { name: '', slug: '', type: 'local-authority', url: '', code: '', nation: '', authorityType: '' };
    const source: Required<SourceEntry> = {
      url: '', outcome: 'assessed', reason: '', finalUrl: '', status: 0, kind: 'html', class: 'other', docType: 'other',
      fetchedWith: 'http', contentHash: '', bytes: 0, depth: 0,
    };
    const problem: Required<Problem> = { url: '', kind: 'timeout', message: '' };
    const unreadableDocument: Required<UnreadableDocument> = { ...problem, about: '' };
    const levelSummary: Required<LevelSummary> = { level: '', criteria: [], score: 0, eligible: 0, met: 0, partial: 0, notMet: 0, needsEvidence: 0, notApplicable: 0, error: 0 };
    const summary: Required<ReportSummary> = { ...sampleReport.summary, levels: [levelSummary] };
    const pairs: Array<[string, object]> = [
      ['evidence', evidence], ['finding', finding], ['searched', searched], ['criterion', criterion],
      ['organisation', organisation], ['source', source], ['problem', problem], ['unreadableDocument', unreadableDocument], ['summary', summary], ['levelSummary', levelSummary],
      ['pack', { ruleset: 0, summary: 0, criteria: 0 }],
    ];
    for (const [name, full] of pairs) {
      expect(Object.keys(def(name).properties ?? {}).sort(), name).toEqual(Object.keys(full).sort());
    }
    const network: Required<NetworkNote> = { allowPrivate: true, browserRefused: {} };
    const crawlBudget: Required<CrawlBudget> = { maxPages: 3, skipped: 15, promising: 9, unvisited: [] };
    const jurisdiction: Required<Jurisdiction> = { nation: 'wales', basis: 'body-list', reason: 'Wales: in the body list.', body: { code: 'W1', name: 'x', type: 'welsh-council' }, notes: [] };
    const earlyStop: Required<EarlyStop> = { pagesFetched: 64, quietPages: 40, patience: 40 };
    const report: Required<AuditReport> = { ...sampleReport, unreadable: [unreadableDocument], network, crawlBudget, earlyStop, selfCheck: fullSelfCheck.selfCheck, jurisdiction };
    for (const [name, full] of Object.entries(fullSelfCheck)) {
      expect(Object.keys(def(name).properties ?? {}).sort(), name).toEqual(Object.keys(full).sort());
    }
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(report).sort());
    const networkSchema = (schema.properties as Record<string, { properties?: object }>)['network']!;
    expect(Object.keys(networkSchema.properties ?? {}).sort()).toEqual(Object.keys(network).sort());
    const budgetSchema = (schema.properties as Record<string, { properties?: object }>)['crawlBudget']!;
    expect(Object.keys(budgetSchema.properties ?? {}).sort()).toEqual(Object.keys(crawlBudget).sort());
    const jurisdictionSchema = (schema.properties as Record<string, { properties?: object }>)['jurisdiction']!;
    expect(Object.keys(jurisdictionSchema.properties ?? {}).sort()).toEqual(Object.keys(jurisdiction).sort());
    const earlyStopSchema = (schema.properties as Record<string, { properties?: object }>)['earlyStop']!;
    expect(Object.keys(earlyStopSchema.properties ?? {}).sort()).toEqual(Object.keys(earlyStop).sort());
  });
});
