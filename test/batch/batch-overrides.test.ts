// A batch list row's own options (max_pages, render, org_type) reach that site's crawl, and only that site's.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrawlRecord } from '../../src/core/index.js';
import { listFixtureSites, serveFixture, type ServedSite } from '../../src/demo/index.js';
import { BATCH_FLAGS, cli } from './batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-batch-overrides-'));
let served: ServedSite[] = [];

beforeAll(async () => {
  const fixture = listFixtureSites()[0]!;
  served = await Promise.all([serveFixture(fixture), serveFixture(fixture)]);
});
afterAll(async () => Promise.all(served.map((s) => s.close())));

const crawlOf = (out: string, slug: string): CrawlRecord => JSON.parse(readFileSync(join(out, slug, 'crawl', 'crawl.json'), 'utf8')) as CrawlRecord;

describe('batch per-site overrides', () => {
  it('a row with max_pages and org_type crawls with them; the row without keeps the command line options', async () => {
    const list = join(work, 'list.csv');
    writeFileSync(list, `slug,homepage,max_pages,org_type\nsmall,${served[0]!.url},2,voluntary-agency\nwhole,${served[1]!.url},,\n`);
    const out = join(work, 'out');
    const r = await cli(['batch', list, '--out', out, '--max-pages', '40', ...BATCH_FLAGS]);
    expect(r.code, r.stderr).toBe(0);
    const small = crawlOf(out, 'small');
    const whole = crawlOf(out, 'whole');
    expect(small.options.maxPages).toBe(2);
    expect(small.organisation.type).toBe('voluntary-agency');
    expect(small.resources.length).toBeLessThanOrEqual(2);
    expect(whole.options.maxPages).toBe(40);
    expect(whole.organisation.type).toBe('local-authority');
    expect(whole.resources.length).toBeGreaterThan(2);
  });
});
