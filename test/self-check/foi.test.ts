// `atr-audit foi <audit-dir>`: an information request naming only what the audit could not find.
// The items' words are the pack's (pack.yaml informationRequest), so the test reads them from there.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { buildInformationRequest, longDate, threeYearsBefore } from '../../src/foi/index.js';
import { runAudit } from '../../src/pipeline/index.js';
import { DEFAULT_LABELS } from '../../src/report/index.js';
import { loadPack } from '../../src/rules/index.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const fixtures = join(import.meta.dirname, '../../fixtures/self-check');
const work = mkdtempSync(join(tmpdir(), 'atr-foi-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixedClock = { now: () => new Date('2026-12-07T10:00:00Z'), sleep: async () => {} };
const clearmark = loadPack('clearmark').def;

function captureIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', color: false, isTTY: false, columns: 100, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function audit(name: string, extra: { evidence?: string; orgType?: 'voluntary-agency' } = {}): Promise<{ dir: string; report: AuditReport }> {
  const dir = join(work, name);
  const { report } = await runAudit(
    { targets: [join(fixtures, 'drafts')], outDir: dir, formats: ['json'], rules: ['clearmark'], orgType: extra.orgType ?? 'local-authority', maxPages: 50, render: 'never', delayMs: 0, ...(extra.evidence ? { evidence: extra.evidence } : {}) },
    { http: loopbackHttp(), clock: fixedClock, renderer: null },
  );
  return { dir, report };
}

/** The pack's words for a criterion, with {period} as the request fills it in. */
function packWords(id: string, which: 'ifNotMet' | 'ifNotSupplied'): string[] {
  const p = threeYearsBefore('2026-12-07');
  const period = `in the three years from ${longDate(p.from)} to ${longDate(p.to)}`;
  return (clearmark.criteria.find((c) => c.id === id)!.informationRequest?.[which] ?? []).map((t) => t.replaceAll('{period}', period));
}

describe('foi after a public-only audit', () => {
  let dir = '';
  let report: AuditReport;
  let text = '';
  beforeAll(async () => {
    ({ dir, report } = await audit('public'));
    const io = captureIo();
    expect(await run(['foi', dir], io)).toBe(0);
    expect(io.err).toMatch(/Information request \(7 items, Freedom of Information Act 2000\)/);
    text = readFileSync(join(dir, 'foi', 'information-request.txt'), 'utf8');
  });

  it('asks for exactly what the audit left unproven, in the pack\'s words', () => {
    expect(report.criteria.map((c) => c.status)).toEqual(['met', 'met', 'partial', 'partial', 'needs_evidence', 'met', 'needs_evidence']);
    const expected = [...packWords('C4', 'ifNotMet'), ...packWords('C5', 'ifNotMet'), ...packWords('C6', 'ifNotSupplied'), ...packWords('C7', 'ifNotMet')];
    const numbered = [...text.matchAll(/^(\d+)\. (.*)$/gm)].map((m) => m[2]);
    expect(numbered).toEqual(expected);
    // Met in public: C1 and C2 are not asked about, nor C6's leaflet (only its letter, which is never published).
    for (const t of [...packWords('C1', 'ifNotMet'), ...packWords('C2', 'ifNotMet'), ...packWords('C6', 'ifNotMet')]) expect(text).not.toContain(t);
    expect(text).toContain('C6 Accessible leaflet and letter: met in public, but item 5 is never published');
    expect(text).toContain('C5 Monitoring system: needs evidence (items 2-4)');
  });

  it('is a request under FOIA addressed to the organisation, with the period of three years before the audit', () => {
    expect(text).toMatch(/^To: Freedom of Information officer, drafts\nSubject: Freedom of Information request: access to care records\n/);
    expect(text).toContain('Under the Freedom of Information Act 2000, please send me the following information held by drafts.');
    expect(text).toContain('in the three years from 7 December 2023 to 6 December 2026');
    expect(text).toContain('reply within 20 working days');
  });

  it('writes the same request as Markdown, one list item per ask', () => {
    const markdown = readFileSync(join(dir, 'foi', 'information-request.md'), 'utf8');
    const html = new MarkdownIt().render(markdown);
    expect(html.match(/<li>/g)).toHaveLength(7 + 4);
    expect(html).toContain('<h1>Freedom of Information request: access to care records</h1>');
  });

  it('cites FOISA in Scotland', async () => {
    const io = captureIo();
    expect(await run(['foi', dir, '--nation', 'scotland', '--out', join(work, 'scot'), '--format', 'txt', '--quiet'], io)).toBe(0);
    expect(readFileSync(join(work, 'scot', 'information-request.txt'), 'utf8')).toContain('Under the Freedom of Information (Scotland) Act 2002');
    expect(existsSync(join(work, 'scot', 'information-request.md'))).toBe(false);
  });

  it('refuses an unknown nation with exit 2', async () => {
    const io = captureIo();
    expect(await run(['foi', dir, '--nation', 'narnia'], io)).toBe(2);
    expect(io.err).toMatch(/Allowed choices are england, wales, scotland, northern-ireland/);
  });
});

describe('foi after a self-check', () => {
  it('no longer asks for what the council\'s own records showed', async () => {
    const { dir } = await audit('self-check', { evidence: join(fixtures, 'evidence') });
    expect(await run(['foi', dir, '--quiet'], captureIo())).toBe(0);
    const text = readFileSync(join(dir, 'foi', 'information-request.txt'), 'utf8');
    expect([...text.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1])).toEqual(packWords('C4', 'ifNotMet'));
  });

  it('writes nothing, and removes an earlier request, when nothing is left to ask', async () => {
    const dir = join(work, 'all-met');
    mkdirSync(join(dir, 'foi'), { recursive: true });
    const report = JSON.parse(readFileSync(join(work, 'self-check', 'report.json'), 'utf8')) as AuditReport;
    for (const c of report.criteria) c.status = 'met';
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    writeFileSync(join(dir, 'foi', 'information-request.txt'), 'old');
    const io = captureIo();
    expect(await run(['foi', dir], io)).toBe(0);
    expect(io.err).toMatch(/^Nothing to ask/);
    expect(existsSync(join(dir, 'foi', 'information-request.txt'))).toBe(false);
  });
});

describe('foi for a charity', () => {
  it('writes a polite letter, not a request under the Act', async () => {
    const { dir } = await audit('charity', { orgType: 'voluntary-agency' });
    const io = captureIo();
    expect(await run(['foi', dir], io)).toBe(0);
    expect(io.err).toMatch(/a letter: charities are not covered by FOI/);
    const text = readFileSync(join(dir, 'foi', 'information-request.txt'), 'utf8');
    expect(text).toMatch(/^To: drafts\nSubject: A request for information: access to care records\n\nDear drafts,/);
    expect(text).toContain('you are not covered by the Freedom of Information Act, so this is a request, not a legal demand');
    expect(text).not.toMatch(/exemption|working days|Under the/);
    expect(text).toContain('Yours sincerely,');
  });
});

describe('information request model', () => {
  it('names criteria that need evidence but have no words in the pack', () => {
    const report = { finishedAt: '2026-12-07T10:00:00Z', organisation: { name: 'X', url: 'x', type: 'local-authority' }, ruleset: { id: 'p', version: '1.0.0' }, criteria: [{ id: 'A1', title: 'A', status: 'needs_evidence', findings: [] }] } as unknown as AuditReport;
    const r = buildInformationRequest(report, undefined, DEFAULT_LABELS, 'wales');
    expect(r.items).toEqual([]);
    expect(r.unworded).toEqual(['A1']);
    expect(r.law!.act).toBe('Freedom of Information Act 2000');
  });

  it('counts three years back by the calendar', () => {
    expect(threeYearsBefore('2026-12-07')).toEqual({ from: '2023-12-07', to: '2026-12-06' });
    expect(threeYearsBefore('2028-02-29')).toEqual({ from: '2025-02-28', to: '2028-02-28' });
    expect(threeYearsBefore('2026-03-01')).toEqual({ from: '2023-03-01', to: '2026-02-28' });
    expect(longDate('2026-02-05')).toBe('5 February 2026');
  });
});
