// Issue 15: a batch counts, per site and in total, the relevant documents that could not be read,
// so a campaigner sees "1 relevant document unreadable" beside verdicts that may be wrong because
// of it: in summary.json, summary.csv, index.html and the terminal summary.
// Issue 13: the same batch, re-rendered with --resume and --history of an earlier run, writes the
// national site with the change since that run (no site is audited again).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('counts it per site and in total, in every summary file and on the terminal; the national site shows change with --history', async () => {
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
    expect(existsSync(join(out, 'national_site', 'index.html'))).toBe(true);

    // An earlier run, a month before, in which Plain Council scored 10 less.
    const prev = join(work, 'prev');
    cpSync(out, prev, { recursive: true });
    const old = JSON.parse(readFileSync(join(prev, 'summary.json'), 'utf8')) as BatchSummary;
    old.generatedAt = '2026-11-01T00:00:00.000Z';
    const b2 = old.sites.find((s) => s.slug === 'b2')!;
    b2.score = (bySlug.b2!.score ?? 50) - 10;
    writeFileSync(join(prev, 'summary.json'), JSON.stringify(old));
    const again = await cli(['batch', list, '--out', out, '--resume', '--history', prev, '--quiet', '--allow-private']);
    expect(again.code).toBe(0);
    const national = readFileSync(join(out, 'national_site', 'index.html'), 'utf8');
    expect(national).toContain('Since 2026-11-01: 1 council scored higher, 0 lower, 1 the same, 0 audited for the first time.');
    expect(national).toMatch(/<a href="councils\/b2.html">Plain Council<\/a><\/th><td>county<\/td><td>\d+[^<]*<\/td><td><span class="better">\+10<\/span>/);
    const b1 = readFileSync(join(out, 'national_site', 'councils', 'b1.html'), 'utf8');
    expect(b1).toContain('<h2>What changed since 2026-11-01</h2>');
    expect(b1).toMatch(/Relevant documents we could not read.*\/downloads\/file\/1234/s);
    expect(readFileSync(join(out, 'national_site', 'criteria', 'c4.html'), 'utf8')).toMatch(/<h2 id="error">.*Broken Pdf Council/s);

    const bad = await cli(['batch', list, '--out', join(work, 'other'), '--history', join(work, 'no-such-run'), '--allow-private']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--history .*no-such-run: no summary.json there/);
  }, 120_000);
});
