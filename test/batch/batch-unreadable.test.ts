// Issue 15: a batch counts, per site and in total, the relevant documents that could not be read,
// so a campaigner sees "1 relevant document unreadable" beside verdicts that may be wrong because
// of it: in summary.json, summary.csv, index.html and the terminal summary.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/index.js';
import { cli, writeList } from './batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-batch-unreadable-'));
const servers: http.Server[] = [];

/** A council whose records page links its policy as a PDF; `broken`: the PDF is truncated. */
async function council(broken: boolean): Promise<string> {
  const server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><head><title>Your care records | Council</title></head><body><main><h1>Your care records</h1>
        <p>If you were in care you can ask to see your records.</p>
        <ul><li><a href="/downloads/file/1234">Access to records policy (PDF)</a></li></ul></main></body></html>`);
    } else if (req.url === '/downloads/file/1234' && broken) {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4\n1 0 obj << /Type /Catalog'); // cut off
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

let list = '';
beforeAll(async () => {
  list = writeList(join(work, 'list.csv'), [`B1,Broken Pdf Council,england,county,${await council(true)}`, `B2,Plain Council,england,county,${await council(false)}`]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(work, { recursive: true, force: true });
});

describe('a batch with a relevant document that could not be read', () => {
  it('counts it per site and in total, in every summary file and on the terminal', async () => {
    const out = join(work, 'out');
    const r = await cli(['batch', list, '--out', out, '--render', 'never', '--delay', '0', '--concurrency', '2', '--allow-private', '--format', 'json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    const bySlug = Object.fromEntries(summary.sites.map((s) => [s.slug, s]));
    expect(bySlug.b1).toMatchObject({ unreadable: 1, unreadableDocuments: [{ url: expect.stringMatching(/\/downloads\/file\/1234$/), kind: 'parse-error' }] });
    expect(bySlug.b1!.criteria.C4).toBe('error');
    expect(bySlug.b2!.unreadable).toBeUndefined();
    expect(summary.counts).toMatchObject({ unreadable: 1, unreadableSites: 1 });

    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
    const column = csv[0]!.split(',').indexOf('unreadable');
    expect(csv.slice(1).map((line) => line.split(',')[column])).toEqual(['1', '0']);

    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('1 relevant document could not be read on 1 site');
    expect(html).toMatch(/<a href="#unread-b1">1 relevant document unreadable<\/a>/);
    expect(html).toMatch(/id="unread-b1">Broken Pdf Council: .*\/downloads\/file\/1234.*parse-error/s);

    expect(r.stderr).toMatch(/1 relevant document could not be read on 1 site .*\n {2}b1: 1 relevant document unreadable \(parse-error 1\)/);
  }, 120_000);
});
