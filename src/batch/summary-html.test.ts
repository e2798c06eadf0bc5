import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/helpers/sample-report.js';
import { DEFAULT_LABELS } from '../report/index.js';
import { loadPack } from '../rules/index.js';
import { renderSummaryHtml } from './summary-html.js';
import { summaryRow, type BatchSummary } from './summary.js';
import { writeSummaryFiles } from './write-summary.js';

const site = { slug: 'northmoor', url: 'https://www.northmoor.test/', orgType: 'local-authority' as const };
const summary: BatchSummary = {
  schemaVersion: 1,
  generatedAt: '2026-12-07T00:00:00Z',
  ruleset: sampleReport.ruleset,
  criteriaList: sampleReport.criteria.map((c) => ({ id: c.id, title: c.title })),
  counts: { sites: 1, audited: 1, failed: 0, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 },
  sites: [summaryRow({ site, dir: '/nowhere' }, sampleReport)],
};
const h1 = (html: string): string => /<h1>(.*?)<\/h1>/.exec(html)?.[1] ?? '';

describe('batch summary heading', () => {
  it("takes its subject from the pack's labels, and says nothing of a domain without them", () => {
    const labels = loadPack('clearmark').def.labels;
    expect(h1(renderSummaryHtml(summary, labels))).toBe(`National summary: ${labels.heading}`);
    expect(h1(renderSummaryHtml(summary))).toBe(`National summary: ${DEFAULT_LABELS.heading}`);
  });

  it("finds the pack by the reports' ruleset id (merge), or by the batch's --rules", async () => {
    const out = mkdtempSync(join(tmpdir(), 'atr-summary-'));
    await writeSummaryFiles(out, summary);
    expect(h1(readFileSync(join(out, 'index.html'), 'utf8'))).toBe(`National summary: ${loadPack(sampleReport.ruleset.id).def.labels.heading}`);
    await writeSummaryFiles(out, { ...summary, ruleset: { id: 'no-such-pack', version: '1' } });
    expect(h1(readFileSync(join(out, 'index.html'), 'utf8'))).toBe(`National summary: ${DEFAULT_LABELS.heading}`);
  });
});
