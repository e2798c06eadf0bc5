import { describe, expect, it } from 'vitest';
import { renderBatchJunit } from './batch-junit.js';
import type { BatchSummary, SummarySite } from './summary.js';

const site = (slug: string, outcome: SummarySite['outcome'], criteria: SummarySite['criteria']): SummarySite => ({
  slug, name: slug, code: null, nation: null, authorityType: null, url: `https://${slug}.example/`, outcome,
  score: null, complete: null, clearmarkReady: null, criteria, report: null, ...(outcome === 'audited' ? {} : { reason: 'timeout' }),
});

describe('renderBatchJunit', () => {
  it('counts failures, errors and skips from the statuses, and a site that failed as errors', () => {
    const summary: BatchSummary = {
      schemaVersion: 1,
      generatedAt: '2026-11-23T00:00:00.000Z',
      ruleset: { id: 'clearmark', version: '0.1.0' },
      criteriaList: [{ id: 'C1', title: 'Advertised right' }, { id: 'C2', title: 'Recognition statement' }, { id: 'C5', title: 'Monitoring system' }],
      counts: { sites: 2, audited: 1, failed: 1, skipped: 0, uncertain: 0, unreadable: 0, unreadableSites: 0 },
      sites: [site('a', 'audited', { C1: 'met', C2: 'partial', C5: 'needs_evidence' }), site('b', 'failed', {})],
    };
    const xml = renderBatchJunit(summary);
    expect(xml).toContain('<testsuite name="a" tests="3" failures="1" errors="0" skipped="1" time="0">');
    expect(xml).toContain('<testsuite name="b" tests="3" failures="0" errors="3" skipped="0" time="0">');
    expect(xml).toContain('<testsuites name="atr-audit batch" tests="6" failures="1" errors="3" skipped="1" time="0">');
  });
});
