// Issue 13.5: "where we looked" in plain words for every negative, and what to publish with an
// example sentence for every criterion not met. The words come from the pack (advice.yaml); the
// rules' own terms stay in report.json and are folded away in report.html.
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/core/index.js';
import { reportSchemaErrors } from '../../src/report/schema-validate.js';
import { BUILTIN_RULES_DIR, loadPack, RuleLoadError } from '../../src/rules/index.js';
import { auditFixture } from '../helpers/audited-fixture.js';

let work = '';
let report: AuditReport;
let html = '';
let md = '';

beforeAll(async () => {
  const audited = await auditFixture('nothing');
  ({ report, html, md, work } = audited);
  afterAll(audited.remove);
});

const section = (text: string, start: string, end: string): string => text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start) + 1));

describe('plain words in reports', () => {
  it('gives every criterion not met a plain "what we looked for", "where" and what to publish', () => {
    expect(reportSchemaErrors(report)).toEqual([]);
    const notMet = report.criteria.filter((c) => c.status !== 'met');
    expect(notMet.length).toBeGreaterThan(3);
    for (const c of notMet) {
      expect(c.searched?.lookedFor, c.id).toMatch(/\w{3,} \w{3,}/);
      expect(c.searched?.where, c.id).toMatch(new RegExp(`^We visited ${c.searched!.pagesVisited} pages and read ${c.searched!.documentsRead} documents`));
      expect(c.publish?.what, c.id).toBeTruthy();
      expect(c.publish?.example, c.id).toMatch(/[.!?]$/);
    }
  });

  it('names kinds of document by their titles, not class ids', () => {
    const where = report.criteria.find((c) => c.id === 'C1')!.searched!.where!;
    expect(where).toMatch(/Anything else: \d+/);
    expect(where).not.toMatch(/\b(atr-page|sar-generic|privacy-notice|other)\b/);
  });

  it('report.html shows the plain words and folds the rules\' own terms away', () => {
    const c1 = section(html, 'id="criterion-C1"', '</section>');
    const looked = section(c1, '<div class="looked">', '</div>');
    const visible = looked.replace(/<details>[\s\S]*?<\/details>/, '');
    expect(visible).toContain('What we looked for:');
    expect(visible).toContain(report.criteria[0]!.searched!.lookedFor!);
    for (const q of report.criteria[0]!.searched!.queries) expect(visible).not.toContain(q.replace(/&/g, '&amp;'));
    expect(looked).toMatch(/<details><summary>The rules' checks, in their own terms<\/summary>/);
    expect(c1).toMatch(/<h4>What to publish<\/h4>[\s\S]*<blockquote class="example">/);
  });

  it('report.md gives the same, with the example sentence', () => {
    const c1 = section(md, '### C1 ', '### C2 ');
    expect(c1).toContain('- What we looked for:');
    expect(c1).toContain('**What to publish**');
    expect(c1).toMatch(/> For example: /);
  });

  it('the clearmark pack has advice for every criterion, and advice for an unknown one is a load error', () => {
    const pack = loadPack('clearmark');
    expect([...(pack.advice?.keys() ?? [])]).toEqual(pack.def.criteria.map((c) => c.id));
    const copy = join(work, 'pack-copy');
    cpSync(join(BUILTIN_RULES_DIR, 'clearmark'), copy, { recursive: true });
    const advice = readFileSync(join(copy, 'advice.yaml'), 'utf8');
    writeFileSync(join(copy, 'advice.yaml'), advice.replace(/^ {2}C7:/m, '  C8:'));
    expect(() => loadPack(copy)).toThrow(RuleLoadError);
    try {
      loadPack(copy);
    } catch (e) {
      expect(String((e as RuleLoadError).message)).toMatch(/advice for unknown criterion "C8"/);
    }
  });
});
