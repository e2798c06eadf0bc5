// The national site from a current run and one earlier run: pure renderers over summaries and
// digests (no batch is run; test/batch/batch-unreadable.test.ts writes one end to end).
import { describe, expect, it } from 'vitest';
import type { AuditReport, Status } from '../../core/index.js';
import { sampleReport } from '../../../test/helpers/sample-report.js';
import { DEFAULT_LABELS } from '../../report/index.js';
import { diffReports } from '../diff.js';
import { summaryRow, type BatchSummary } from '../summary.js';
import { digestReport, type CouncilDigest } from './digest.js';
import { criterionMoves, scoreChangeText, scoresOverTime, type HistoryRun } from './history.js';
import { renderNationalSite } from './site.js';

const site = (slug: string, nation: string) => ({ slug, name: `${slug[0]!.toUpperCase()}${slug.slice(1)} Council`, nation, url: `https://www.${slug}.test/`, orgType: 'local-authority' as const });

function reportWith(score: number, statuses: Partial<Record<string, Status>>): AuditReport {
  const r = structuredClone(sampleReport);
  r.summary.score = score;
  for (const c of r.criteria) if (statuses[c.id]) c.status = statuses[c.id]!;
  return r;
}

function summaryOf(generatedAt: string, rows: Array<[ReturnType<typeof site>, AuditReport | undefined]>): BatchSummary {
  const sites = rows.map(([s, r]) => summaryRow({ site: s, dir: '/nowhere', ...(r ? {} : { result: { outcome: 'failed' as const, reason: 'http-error: HTTP 503' } }) }, r));
  return {
    schemaVersion: 1,
    generatedAt,
    ruleset: sampleReport.ruleset,
    criteriaList: sampleReport.criteria.map((c) => ({ id: c.id, title: c.title })),
    counts: { sites: sites.length, audited: sites.filter((s) => s.outcome === 'audited').length, failed: sites.filter((s) => s.outcome === 'failed').length, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 },
    sites,
  };
}

const [ashby, brent, cole] = [site('ashby', 'england'), site('brent', 'wales'), site('cole', 'england')];
const oldAshby = reportWith(40, { C3: 'not_met', C1: 'met' });
const newAshby = reportWith(55, { C3: 'met', C1: 'met' });
const oldBrent = reportWith(70, { C1: 'met' });
const newBrent = reportWith(60, { C1: 'not_met' });
const earlier = summaryOf('2026-11-01T00:00:00Z', [[ashby, oldAshby], [brent, oldBrent]]);
const current = summaryOf('2026-12-01T00:00:00Z', [[ashby, newAshby], [brent, newBrent], [cole, reportWith(80, {})]]);
const history: HistoryRun[] = [{ dir: '/earlier', summary: earlier }];

describe('national history', () => {
  it('gives scores over time, the change since the last run, and who moved per criterion', () => {
    expect(scoresOverTime('ashby', history, current)).toEqual([{ date: '2026-11-01', score: 40 }, { date: '2026-12-01', score: 55 }]);
    expect(['ashby', 'brent', 'cole'].map((s) => scoreChangeText(s, history, current))).toEqual(['+15', '-10', 'new']);
    expect(scoreChangeText('ashby', [], current)).toBe('');
    const moves = criterionMoves(earlier, current);
    expect(moves.find((m) => m.id === 'C3')).toEqual({ id: 'C3', improved: ['ashby'], worse: [], changed: [] });
    expect(moves.find((m) => m.id === 'C1')).toEqual({ id: 'C1', improved: [], worse: ['brent'], changed: [] });
  });
});

describe('national site pages', () => {
  const digests = new Map<string, CouncilDigest>([
    ['ashby', { ...digestReport('ashby', newAshby), change: diffReports('ashby', oldAshby, newAshby), changeSince: earlier.generatedAt }],
    ['brent', { ...digestReport('brent', newBrent), change: diffReports('brent', oldBrent, newBrent), changeSince: earlier.generatedAt }],
    ['cole', digestReport('cole', reportWith(80, {}))],
  ]);
  const pages = new Map(renderNationalSite(current, digests, history, DEFAULT_LABELS).map((p) => [p.path, p.html]));

  it('writes an index, a page per council and a page per criterion, with no script', () => {
    expect([...pages.keys()].sort()).toEqual(['councils/ashby.html', 'councils/brent.html', 'councils/cole.html', 'index.html', ...sampleReport.criteria.map((c) => `criteria/${c.id.toLowerCase()}.html`)].sort());
    for (const html of pages.values()) {
      expect(html).not.toContain('<script');
      expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    }
  });

  it('groups councils by nation on the index, with the change since the last run and the median over time', () => {
    const index = pages.get('index.html')!;
    expect(index).toMatch(/<a href="#nation-england">england \(2\)<\/a>.*<a href="#nation-wales">wales \(1\)<\/a>/s);
    expect(index).toMatch(/<a href="councils\/ashby.html">Ashby Council<\/a><\/th><td><\/td><td>55 \(incomplete\)<\/td><td><span class="better">\+15<\/span>/);
    expect(index).toContain('<span class="worse">-10</span>');
    expect(index).toContain('Since 2026-11-01: 1 council scored higher, 1 lower, 0 the same, 1 audited for the first time.');
    // the median line has a text equivalent: 55 then median(55, 60, 80) = 60
    expect(index).toMatch(/<td>2026-11-01<\/td><td>55<\/td><\/tr><tr><td>2026-12-01<\/td><td>60<\/td>/);
    expect(index).toMatch(/<svg role="img" aria-label="Median score in each run: 2026-11-01 55, 2026-12-01 60"/);
  });

  it("shows a council's scores over time and what changed, with the quotes", () => {
    const ashbyPage = pages.get('councils/ashby.html')!;
    expect(ashbyPage).toContain('<h2>What changed since 2026-11-01</h2><p>Score 40 → 55.');
    expect(ashbyPage).toMatch(/<a href="..\/criteria\/c3.html">C3<\/a>: Not met → Met/);
    expect(ashbyPage).toContain('<a href="../../ashby/report.html">The full report</a>');
    expect(pages.get('councils/brent.html')).toMatch(/C1<\/a>: Met → Not met \(worse\)/);
    expect(pages.get('councils/cole.html')).toContain('Not audited in an earlier run given with --history.');
  });

  it('lists every council under its verdict on a criterion page, and who moved', () => {
    const c1 = pages.get('criteria/c1.html')!;
    expect(c1).toMatch(/<a href="#met">Met \(2\)<\/a>.*<a href="#not_met">Not met \(1\)<\/a>/s);
    expect(c1).toMatch(/<h2 id="not_met">.*Not met: 1<\/h2><ul><li><a href="..\/councils\/brent.html">Brent Council<\/a> \(wales\)/s);
    expect(c1).toContain('Since 2026-11-01: 1 council moved; 0 better, 1 worse, 0 otherwise changed.');
    // the quote the verdict rests on, escaped
    const quote = sampleReport.criteria.find((c) => c.id === 'C1')!.findings[0]!.evidence[0]!.quote;
    expect(c1).toContain(quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  });

  it('names two runs of one day by their time too', () => {
    const sameDay = { ...earlier, generatedAt: '2026-12-01T08:30:00Z' };
    expect(scoresOverTime('ashby', [{ dir: '/x', summary: sameDay }], current).map((p) => p.date)).toEqual(['2026-12-01 08:30 UTC', '2026-12-01 00:00 UTC']);
  });

  it('says plainly when there is no earlier run', () => {
    const alone = new Map(renderNationalSite(current, digests, [], DEFAULT_LABELS).map((p) => [p.path, p.html]));
    expect(alone.get('index.html')).toContain('No earlier run was given (batch --history)');
    expect(alone.get('criteria/c1.html')).toContain('No earlier run was given (batch --history), so no moves are shown.');
  });
});
