// audit <drafts> --evidence <dir> and audit <site> --evidence <dir>: C5 and C7 get real verdicts from
// the council's own records; a bad log stops the audit with every bad row and nothing written.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { rescore, runAudit } from '../../src/pipeline/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { withServedFixture } from '../helpers/fixture-sites.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const fixtures = join(import.meta.dirname, '../../fixtures/self-check');
const drafts = join(fixtures, 'drafts');
const evidence = join(fixtures, 'evidence');
const work = mkdtempSync(join(tmpdir(), 'atr-selfcheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixedClock = { now: () => new Date('2026-12-07T10:00:00Z'), sleep: async () => {} };
const config = (targets: string[], outDir: string) =>
  ({ targets, outDir, formats: ['json', 'html', 'md'] as ('json' | 'html' | 'md')[], rules: ['clearmark'], orgType: 'local-authority' as const, maxPages: 50, render: 'never' as const, delayMs: 0, evidence });

function captureIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', color: false, isTTY: false, columns: 100, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('audit <drafts> --evidence <dir>', () => {
  const out = join(work, 'drafts');
  let report: AuditReport;

  it('gives C5 and C7 real verdicts with the figures worked out by hand', async () => {
    ({ report } = await runAudit(config([drafts], out), { http: loopbackHttp(), clock: fixedClock, renderer: null }));
    const c5 = report.criteria.find((c) => c.id === 'C5')!;
    const c7 = report.criteria.find((c) => c.id === 'C7')!;
    expect(c5.status).toBe('met');
    expect(c5.score).toBe(1);
    expect(c5.summary).toContain('8 of 12 (66.7%)');
    expect(c5.findings[0]!.ruleId).toBe('selfcheck/c5-request-log');
    expect(c5.findings.some((f) => f.ruleId === 'selfcheck/c5-panel-questions' && /corporate parenting panel/.test(f.message))).toBe(true);
    expect(c7.status).toBe('met');
    expect(c7.summary).toMatch(/5 replies.*overall mean 3\.8/);
    expect(report.selfCheck!.requests!.figures).toMatchObject({ requests: 13, oldestOpenDays: 35, daysToRespond: { median: 28, p90: 42 } });
    expect(report.selfCheck!.evaluation!.forms).toHaveLength(1);
    expect(report.selfCheck!.documents.map((d) => d.role).sort()).toEqual(['forms', 'leaflets', 'letters']);
    expect(report.summary.blocking).not.toContain('C5');
    const c6 = report.criteria.find((c) => c.id === 'C6')!;
    const letter = c6.findings.find((f) => f.ruleId === 'selfcheck/c6-letter')!;
    expect(letter.status).toBe('met');
    expect(letter.message).toMatch(/^Response letter "Your care records are ready": \d+ words \(brief limit about 350\)/);
    expect(c6.findings.some((f) => f.ruleId === 'selfcheck/c6-leaflet')).toBe(true);
    expect(report.selfCheck!.plainLanguage!.map((p) => p.role).sort()).toEqual(['leaflets', 'letters']);
    expect(report.summary.needsEvidence).toBe(report.criteria.filter((c) => c.status === 'needs_evidence').length);
    expect(reportSchemaErrors(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')))).toEqual([]);
  });

  it('never copies a free-text comment into any output', () => {
    for (const f of ['report.json', 'report.html', 'report.md', 'crawl/crawl.json']) expect(readFileSync(join(out, f), 'utf8'), f).not.toMatch(/ZZCOMMENT/);
  });

  it('rescore gives the same verdicts and figures from the saved crawl, offline', async () => {
    const again = await rescore(out, { rules: ['clearmark'], formats: ['json'], now: new Date('2026-12-07T11:00:00Z') });
    expect(again.report.selfCheck).toEqual(report.selfCheck);
    expect(again.report.criteria.map((c) => c.status)).toEqual(report.criteria.map((c) => c.status));
  });
});

describe('audit <site> --evidence <dir>', () => {
  it('adds the evidence folder to a crawled site', async () => {
    const out = join(work, 'site');
    const { report } = await withServedFixture('nothing', (served) =>
      runAudit(config([served.url], out), { http: loopbackHttp(), clock: fixedClock, renderer: null }),
    );
    expect(report.criteria.find((c) => c.id === 'C5')!.status).toBe('met');
    expect(report.criteria.find((c) => c.id === 'C7')!.status).toBe('met');
    expect(report.sources.some((s) => s.url.startsWith('http://127.0.0.1'))).toBe(true);
    expect(report.sources.some((s) => s.url.startsWith('file:') && s.url.endsWith('records-ready-letter.md'))).toBe(true);
  });
});

describe('audit --evidence on the command line', () => {
  it('is advertised in --help', async () => {
    const io = captureIo();
    await run(['audit', '--help'], io);
    expect(io.out).toContain('--evidence <dir>');
  });

  it('lists every bad row with its line, exits 2 without a stack trace, and writes nothing', async () => {
    const bad = join(work, 'bad-evidence');
    cpSync(evidence, bad, { recursive: true });
    cpSync(join(fixtures, 'logs/invalid.csv'), join(bad, 'requests.csv'));
    writeFileSync(join(bad, 'evaluation.csv'), 'received,overall\n2026-01-01,9\n');
    const out = join(work, 'bad-out');
    const io = captureIo();
    const code = await run(['audit', drafts, '--evidence', bad, '--out', out, '--quiet'], io);
    expect(code).toBe(2);
    for (const line of [3, 4, 5, 6, 7, 8]) expect(io.err).toContain(`requests.csv:${line}: `);
    expect(io.err).toContain('evaluation.csv:2: overall is not a score from 1 to 5 (9)');
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a missing folder with exit 2', async () => {
    const io = captureIo();
    expect(await run(['audit', drafts, '--evidence', join(work, 'no-such'), '--out', join(work, 'none'), '--quiet'], io)).toBe(2);
    expect(io.err).toContain('no such evidence folder');
  });

  it('leaves C7 partial with a form and no replies, and C5 needs_evidence without a log', async () => {
    const formOnly = join(work, 'form-only');
    cpSync(join(evidence, 'forms'), join(formOnly, 'forms'), { recursive: true });
    const io = captureIo();
    const out = join(work, 'form-only-out');
    expect(await run(['audit', drafts, '--evidence', formOnly, '--out', out, '--quiet', '--format', 'json'], io)).toBe(0);
    const r = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    expect(r.criteria.find((c) => c.id === 'C7')!.status).toBe('partial');
    expect(r.criteria.find((c) => c.id === 'C5')!.status).toBe('needs_evidence');
    expect(r.selfCheck!.requests).toBeUndefined();
  });
});
