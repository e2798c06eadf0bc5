// `atr-audit pack <audit-dir>`: the application evidence pack, end to end on the self-check fixture.
// The Word file is read back with mammoth and must carry the same figures as report.json.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { buildPackModel, withFixedZipDates } from '../../src/pack/index.js';
import { runAudit } from '../../src/pipeline/index.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const fixtures = join(import.meta.dirname, '../../fixtures/self-check');
const work = mkdtempSync(join(tmpdir(), 'atr-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixedClock = { now: () => new Date('2026-12-07T10:00:00Z'), sleep: async () => {} };
const audit = (outDir: string, evidence?: string) =>
  runAudit(
    { targets: [join(fixtures, 'drafts')], outDir, formats: ['json'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 50, render: 'never', delayMs: 0, ...(evidence ? { evidence } : {}) },
    { http: loopbackHttp(), clock: fixedClock, renderer: null },
  );

function captureIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', color: false, isTTY: false, columns: 100, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const docxText = async (path: string): Promise<string> => (await mammoth.extractRawText({ path })).value.replace(/\s+/g, ' ');
const htmlText = (path: string): string => readFileSync(path, 'utf8').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('pack <audit-dir> after audit --evidence', () => {
  const auditDir = join(work, 'self-check');
  let report: AuditReport;
  let docx = '';
  let html = '';

  beforeAll(async () => {
    ({ report } = await audit(auditDir, join(fixtures, 'evidence')));
    const io = captureIo();
    expect(await run(['pack', auditDir], io)).toBe(0);
    expect(io.err).toMatch(/Evidence pack: .*pack/);
    docx = await docxText(join(auditDir, 'pack', 'evidence-pack.docx'));
    html = htmlText(join(auditDir, 'pack', 'evidence-pack.html'));
  });

  it('writes HTML and Word with the request-log figures of report.json (worked out by hand in figures.test.ts)', () => {
    const f = report.selfCheck!.requests!.figures;
    expect(f).toMatchObject({ requests: 13, answered: 12, daysToRespond: { median: 28, p90: 42 }, withinOneMonth: { count: 8, of: 12, percent: 66.7 } });
    for (const text of [docx, html]) {
      expect(text).toContain('Requests from people who were in care: 13');
      expect(text).toContain('Days to respond: median 28, 90th percentile 42');
      expect(text).toContain('Answered within one calendar month: 8 of 12 (66.7%)');
      expect(text).toContain('Within the lawful limit: 9 of 12 (75%)');
      for (const q of f.byQuarter) expect(text).toContain(q.quarter);
    }
  });

  it('carries the evaluation figures and never a free-text comment', () => {
    const e = report.selfCheck!.evaluation!.figures!;
    for (const text of [docx, html]) {
      expect(text).toContain(`Overall: mean ${e.overall.mean} from ${e.overall.answered} replies`);
      expect(text).toContain(`Replies with a comment: ${e.comments}`);
      expect(text).not.toMatch(/ZZCOMMENT/);
    }
  });

  it('gives each criterion its status, the quotes with where they came from, and what is still missing', () => {
    for (const c of report.criteria) {
      expect(docx).toContain(`${c.id} ${c.title}: `);
      expect(html).toContain(`${c.id} ${c.title}: `);
    }
    const c1quote = report.criteria[0]!.findings[0]!.evidence[0]!;
    expect(docx).toContain(c1quote.quote);
    expect(docx).toContain(c1quote.location);
    // C4 is partial on the drafts: its summary is what is missing.
    const c4 = report.criteria.find((c) => c.id === 'C4')!;
    expect(c4.status).toBe('partial');
    const model = buildPackModel(report);
    expect(model.criteria.find((c) => c.id === 'C4')!.missing).toContain(c4.summary);
    // C5 and C6 are answered by the council's own records: their public "ask for" is not listed as missing.
    expect(model.criteria.find((c) => c.id === 'C5')!.missing).toEqual([]);
    expect(model.criteria.find((c) => c.id === 'C6')!.missing).toEqual([]);
  });

  it('lists the readability figures of every letter and leaflet, and what the panel will ask', () => {
    for (const p of report.selfCheck!.plainLanguage!) {
      expect(docx).toContain(p.title);
      expect(docx).toContain(`${p.words} words (brief limit about ${p.wordLimit}`);
    }
    expect(docx).toMatch(/What the panel will ask C5: What the panel will ask that the log cannot show/);
    expect(docx).toMatch(/C7: What the panel will ask that the replies cannot show/);
  });

  it('copies the supplied documents, not the request log or the replies', () => {
    const docs = join(auditDir, 'pack', 'documents');
    expect(readdirSync(docs).sort()).toEqual(['forms', 'leaflets', 'letters']);
    expect(readFileSync(join(docs, 'letters', 'records-ready-letter.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'evidence', 'letters', 'records-ready-letter.md'), 'utf8'));
    expect(existsSync(join(auditDir, 'pack', 'evaluation.csv'))).toBe(false);
  });

  it('is byte-identical when written again (dates from the audit, not the clock)', async () => {
    const again = join(work, 'again');
    expect(await run(['pack', auditDir, '--out', again, '--quiet'], captureIo())).toBe(0);
    for (const f of ['evidence-pack.docx', 'evidence-pack.html']) expect(readFileSync(join(again, f)).equals(readFileSync(join(auditDir, 'pack', f))), f).toBe(true);
  });

  it('is never read back as the council\'s documents by a later audit of the folder', async () => {
    const { report: again } = await runAudit(
      { targets: [auditDir], outDir: join(work, 'reaudit'), formats: ['json'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 50, render: 'never', delayMs: 0 },
      { http: loopbackHttp(), clock: fixedClock, renderer: null },
    );
    expect(again.sources.filter((s) => s.outcome === 'assessed' && s.url.includes('/pack/'))).toEqual([]);
  });
});

describe('pack without a self-check', () => {
  it('lists what the public material cannot show as missing and as the panel\'s questions', async () => {
    const dir = join(work, 'public');
    const { report } = await audit(dir);
    expect(await run(['pack', dir, '--format', 'docx', '--quiet'], captureIo())).toBe(0);
    expect(existsSync(join(dir, 'pack', 'evidence-pack.html'))).toBe(false);
    const text = await docxText(join(dir, 'pack', 'evidence-pack.docx'));
    const c5 = report.criteria.find((c) => c.id === 'C5')!;
    expect(c5.status).toBe('needs_evidence');
    const askFor = c5.findings.find((f) => f.ruleId === 'clearmark/c5-ask-for')!.message;
    expect(buildPackModel(report).criteria.find((c) => c.id === 'C5')!.missing).toContain(askFor);
    expect(text).toContain(askFor);
    expect(text).not.toContain('Request log (C5)');
  });
});

describe('pack: legal accuracy of supplied documents', () => {
  it('lists each outdated statement with its quote, the document and the current position', async () => {
    const evidence = join(work, 'old-evidence');
    mkdirSync(join(evidence, 'letters'), { recursive: true });
    writeFileSync(
      join(evidence, 'letters', 'old-letter.md'),
      '# Your file\n\nUnder the Data Protection Act 1998 you may see the file we hold. Send a fee of £10 with your letter and we will reply within 40 days.\n',
    );
    const dir = join(work, 'old');
    const { report } = await audit(dir, evidence);
    // the outdated-law warnings are the legal-accuracy pack's (on by default beside clearmark)
    const advisories = [...report.criteria, ...report.packs.flatMap((p) => p.criteria)].flatMap((c) => c.findings.filter((f) => f.kind === 'advisory' && f.evidence.some((e) => e.url.endsWith('old-letter.md'))));
    expect(advisories.length).toBeGreaterThanOrEqual(2);
    expect(await run(['pack', dir, '--quiet'], captureIo())).toBe(0);
    const text = await docxText(join(dir, 'pack', 'evidence-pack.docx'));
    const legal = text.slice(text.indexOf('Legal accuracy'));
    for (const a of advisories) {
      expect(legal).toContain(a.message);
      expect(legal).toContain(`Current position: ${a.correction}`);
    }
    expect(legal).toContain('Under the Data Protection Act 1998 you may see the file we hold.');
    expect(legal).toMatch(/L\d, high: Your file/);
  });
});

describe('pack: usage errors', () => {
  it('exits 2 with a hint for a folder that is not an audit, and for a bad format', async () => {
    const io = captureIo();
    expect(await run(['pack', join(work, 'nothing-here')], io)).toBe(2);
    expect(io.err).toMatch(/not an audit folder.*\n {2}hint: give the --out folder/);
    const bad = join(work, 'bad');
    rmSync(bad, { recursive: true, force: true });
    writeFileSync(join(work, 'bad.json'), '{"schemaVersion": 2}');
    const io2 = captureIo();
    expect(await run(['pack', join(work, 'bad.json')], io2)).toBe(2);
    expect(io2.err).toMatch(/not an atr-audit report/);
    const io3 = captureIo();
    expect(await run(['pack', join(work, 'self-check'), '--format', 'pdf'], io3)).toBe(2);
    expect(io3.err).toMatch(/unknown format pdf; choose from html, docx/);
  });
});

describe('withFixedZipDates', () => {
  it('refuses bytes that are not a zip', () => {
    expect(() => withFixedZipDates(Buffer.from('not a zip at all, just some text that is long enough'), '2026-12-07T10:00:00Z')).toThrow(/not a zip/);
  });
});
