// Issue 10, done-when: a second, unrelated pack written only in YAML (test/library-pack/pack: a
// public library's "how to join" pages) with its own classes, focus words, criteria and report
// labels audits a small invented site served on 127.0.0.1, and its report never mentions the CLEARmark.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/cli/io.js';
import { serveSite, type ServedSite } from '../../src/demo/index.js';
import { runAudit, type AuditOutcome } from '../../src/pipeline/index.js';
import { renderTerminalSummary } from '../../src/report/index.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const here = import.meta.dirname;
const pack = join(here, 'pack');

describe('a second pack, written only in YAML: joining the library', () => {
  let site: ServedSite;
  let out: string;
  let outcome: AuditOutcome;

  beforeAll(async () => {
    site = await serveSite(join(here, 'site'), { slug: 'fernleigh-libraries' });
    out = mkdtempSync(join(tmpdir(), 'atr-library-'));
    // legal-accuracy (on by default) is about records law, not libraries: left out with -legal-accuracy
    outcome = await runAudit(
      { targets: [site.url], outDir: out, formats: ['json', 'html', 'md', 'csv'], rules: [pack, '-legal-accuracy'], orgType: 'local-authority', maxPages: 20, render: 'never', delayMs: 0 },
      { http: loopbackHttp(), clock: systemClock, renderer: null },
    );
  }, 60_000);

  afterAll(async () => {
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("classes the pages with the pack's own topics", () => {
    const classOf = Object.fromEntries(outcome.report.sources.map((s) => [new URL(s.url).pathname, s.class]));
    expect(classOf['/join']).toBe('joining');
    expect(classOf['/whats-on']).toBe('whats-on');
    expect(classOf['/opening-hours.html']).toBe('other');
  });

  it('judges its criteria: who can join, what to bring, free, all on the joining page', () => {
    const r = outcome.report;
    expect(r.ruleset.id).toBe('library-joining');
    expect(Object.fromEntries(r.criteria.map((c) => [c.id, c.status]))).toEqual({ J1: 'met', J2: 'met', J3: 'met' });
    // The book club's "Everyone can join ... and it is free" on the events page is out of scope for
    // the joining-page rules: it is only the partial rule's evidence for J1, and no evidence for J3.
    const pathsOf = (ruleId: string): string[] => [
      ...new Set(r.criteria.flatMap((c) => c.findings).filter((f) => f.ruleId === `library-joining/${ruleId}`).flatMap((f) => f.evidence.map((e) => new URL(e.url).pathname))),
    ];
    expect(pathsOf('j1-joining-page-says-who')).toEqual(['/join/']);
    expect(pathsOf('j1-elsewhere-says-who')).toEqual(['/whats-on/']);
    expect(pathsOf('j3-joining-is-free')).toEqual(['/join/']);
    expect(r.summary.clearmarkReady).toBe(true); // the contract's field name; its label is the pack's
  });

  it('says Join-ready and never mentions the CLEARmark or care records in any output', () => {
    const read = (f: string): string => readFileSync(join(out, f), 'utf8');
    const outputs = {
      terminal: renderTerminalSummary(outcome.report, { color: false, width: 120, labels: outcome.labels }),
      html: read('report.html'),
      md: read('report.md'),
      csv: read('report.csv'),
      // summary.clearmarkReady is the report contract's field name, not a word shown to a reader
      json: read('report.json').replace(/"clearmarkReady"/g, '"ready"'),
    };
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toMatch(/clearmark/i);
      expect(text, name).not.toMatch(/care (records|leaver)/i);
    }
    expect(outputs.terminal).toContain('Join-ready: yes');
    expect(outputs.html).toContain('<dt>Join-ready</dt>');
    expect(outputs.html).toContain('Fernleigh Libraries: joining the library</h1>');
    expect(outputs.md).toContain('- Join-ready: yes');
  });
});
