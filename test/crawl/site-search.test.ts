// The crawl asks the site's own search for the pack's terms, once, and reads the results like pages.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFocus, crawlSite } from '../../src/discover/index.js';
import { extractResource } from '../../src/extract/index.js';
import { createAddressGuard, createHttpClient, createMemoryBodyStore, staticLookup } from '../../src/fetch/index.js';
import { loadPack } from '../../src/rules/index.js';
import { generateSite, serveGeneratedSite } from '../../src/sitegen/index.js';

describe('site search', () => {
  it("asks the home page's search form for each of the pack's search terms", async () => {
    const site = generateSite({ archetype: 'data-protection', size: 300, sitesRoot: join(import.meta.dirname, '../../fixtures/sites') });
    const served = await serveGeneratedSite(site);
    try {
      const focus = compileFocus(loadPack('clearmark').def.focus, 'local-authority');
      expect(focus.search.length).toBeGreaterThan(0);
      const result = await crawlSite(
        { startUrl: served.url, maxPages: 40, delayMs: 0, userAgent: 'atr-audit-test', render: 'never', focus },
        {
          http: createHttpClient({ addresses: createAddressGuard({ allowPrivate: true, lookup: staticLookup({ [site.host]: '127.0.0.1' }) }) }),
          bodies: createMemoryBodyStore(),
          clock: { now: () => new Date(), sleep: async () => {} },
          extract: extractResource,
        },
      );
      const searches = served.requests.filter((r) => r.startsWith(`${site.host}/search?`));
      expect(searches.sort()).toEqual(focus.search.map((t) => `${site.host}/search?q=${encodeURIComponent(t).replace(/%20/g, '+')}`).sort());
      // the results led to the records pages early
      const order = result.sources.filter((s) => s.outcome === 'assessed').map((s) => s.url);
      expect(order.some((u) => u.includes('/request-your-information/care-leavers'))).toBe(true);
    } finally {
      await served.close();
    }
  });
});
