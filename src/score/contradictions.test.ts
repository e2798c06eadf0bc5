import { describe, expect, it } from 'vitest';
import type { Evidence, Finding } from '../core/index.js';
import { separateContradicted } from './contradictions.js';

const ev = (url: string, quote: string): Evidence => ({ url, title: url, kind: 'html', location: 'p', quote, contentHash: `sha256:${'0'.repeat(64)}`, fetchedAt: '2025-01-01T00:00:00Z' });
const f = (ruleId: string, status: 'met' | 'partial', ...evidence: Evidence[]): Finding => ({ id: ruleId.padEnd(8, '0'), ruleId, kind: 'verdict', status, message: ruleId, evidence });

describe('separateContradicted', () => {
  const page = 'https://x.example/care-leavers/records';
  const sar = 'https://x.example/data-protection/sar';
  const met = f('c1-aimed-page-with-route', 'met', ev(page, 'You can ask to see your records. Email us.'));
  const noRoute = f('c1-aimed-no-route', 'partial', ev(page, 'You can ask to see your records.'));
  const generic = f('c1-generic-sar', 'partial', ev(sar, 'Anyone can ask for their data.'));

  it('sets aside a weaker finding about a page a stronger finding already judged', () => {
    expect(separateContradicted([met, noRoute, generic])).toEqual({ shown: [met, generic], alsoConsidered: [noRoute] });
  });

  it('keeps weaker findings about other documents, and findings of one level together', () => {
    const otherPartial = f('c1-in-passing', 'partial', ev(page, 'Records are mentioned.'));
    expect(separateContradicted([noRoute, otherPartial, generic])).toEqual({ shown: [noRoute, otherPartial, generic], alsoConsidered: [] });
  });

  it('sets aside a finding when any of its documents was judged more strongly', () => {
    const both = f('c6-guide-hard-to-read', 'partial', ev(sar, 'Long.'), ev(page, 'Hard.'));
    expect(separateContradicted([met, both]).alsoConsidered).toEqual([both]);
  });
});
