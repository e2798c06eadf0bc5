import { describe, expect, it } from 'vitest';
import { AUDIT_DEFAULTS, auditOptions, withOverrides } from './audit-options.js';

describe('audit options', () => {
  it('fills what is not given, and undefined counts as not given', () => {
    const o = auditOptions({ maxPages: 7, render: undefined });
    expect(o.maxPages).toBe(7);
    expect(o.render).toBe(AUDIT_DEFAULTS.render);
    expect(o.delayMs).toBeUndefined();
  });

  it('puts a list row over the batch options, keeping what the row leaves out', () => {
    const batch = auditOptions({ maxPages: 50, render: 'never', delayMs: 0 });
    const site = withOverrides(batch, { orgType: 'voluntary-agency', maxPages: 3, render: undefined });
    expect(site).toEqual({ ...batch, orgType: 'voluntary-agency', maxPages: 3 });
    expect(withOverrides(batch, undefined)).toEqual(batch);
  });
});
