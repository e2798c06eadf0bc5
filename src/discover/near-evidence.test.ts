import { describe, expect, it } from 'vitest';
import { isNearEvidence } from './near-evidence.js';

const page = 'https://c.test/children/care-leavers/your-rights';

describe('links beside evidence', () => {
  it('are the pages below it and beside it under a parent that is not the home page', () => {
    expect(isNearEvidence('https://c.test/children/care-leavers/your-rights/ask-for-your-file', page)).toBe(true);
    expect(isNearEvidence('https://c.test/children/care-leavers/health', page)).toBe(true);
  });

  it('are not navigation elsewhere, the parent itself, another host, or siblings under the root', () => {
    expect(isNearEvidence('https://c.test/council-tax/', page)).toBe(false);
    expect(isNearEvidence('https://c.test/children/care-leavers', page)).toBe(false);
    expect(isNearEvidence('https://other.c.test/children/care-leavers/health', page)).toBe(false);
    expect(isNearEvidence('https://c.test/bins', 'https://c.test/your-rights')).toBe(false);
    expect(isNearEvidence('https://c.test/your-rights/money', 'https://c.test/your-rights')).toBe(true);
  });
});
