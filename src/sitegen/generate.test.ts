import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES, generateSite } from './generate.js';
import { serveGeneratedSite } from './serve.js';

const sitesRoot = join(import.meta.dirname, '../../fixtures/sites');

describe('generated council sites', () => {
  it('are the same for the same seed and about the size asked for', () => {
    const a = generateSite({ archetype: 'local-offer', size: 2000, seed: 3, sitesRoot });
    const b = generateSite({ archetype: 'local-offer', size: 2000, seed: 3, sitesRoot });
    expect([...a.pages.keys()]).toEqual([...b.pages.keys()]);
    expect(a.pages.size).toBeGreaterThan(1900);
    expect(a.pages.size).toBeLessThan(2300);
    expect(generateSite({ archetype: 'local-offer', size: 2000, seed: 4, sitesRoot }).name === a.name && [...generateSite({ archetype: 'local-offer', size: 2000, seed: 4, sitesRoot }).pages.keys()].join() === [...a.pages.keys()].join()).toBe(false);
  });

  it('put the evidence where each archetype says, and none on the distractor-only site', () => {
    for (const archetype of ARCHETYPES) {
      const site = generateSite({ archetype, size: 300, sitesRoot });
      if (archetype === 'distractors-only') expect(site.evidence).toEqual([]);
      else expect(site.evidence.length).toBeGreaterThan(0);
      for (const e of site.evidence) expect(site.pages.has(e) || site.files.has(e), `${archetype}: ${e}`).toBe(true);
    }
    expect(generateSite({ archetype: 'pdf-only', size: 300, sitesRoot }).evidence).toEqual(['council.test/downloads/file/4817']);
    expect(generateSite({ archetype: 'microsite', size: 300, sitesRoot }).evidence.every((e) => e.startsWith('localoffer.council.test/'))).toBe(true);
  });

  it('serve pages, the PDF, robots.txt and a working site search on loopback', async () => {
    const site = generateSite({ archetype: 'pdf-only', size: 200, sitesRoot });
    const served = await serveGeneratedSite(site);
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${served.port}${path}`);
      expect(await (await get('/')).text()).toContain('<form action="/search"');
      expect((await get('/downloads/file/4817')).headers.get('content-type')).toBe('application/pdf');
      expect(await (await get('/robots.txt')).text()).toContain('User-agent: *');
      expect(await (await get('/search?q=adoption+birth+records')).text()).toContain('/children-and-families/adoption/birth-records');
      expect((await get('/no-such-page')).status).toBe(404);
      expect((await get('/children-and-families')).status).toBe(200); // with or without the slash
    } finally {
      await served.close();
    }
  });
});
