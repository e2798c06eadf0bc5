// Documents we could not read are relevant by what links to them say, not only by their address.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../cli/io.js';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';
import { runAudit } from './run-audit.js';
import { unreadableSources } from './unreadable.js';

const RELEVANT = /record|polic|leaflet/i;

describe('unreadableSources', () => {
  const doc = (links: { url: string; text: string; context: string }[]) => ({ links }) as never;
  it('takes relevance from link text, counts 5xx, resets and unread formats but not 404', () => {
    const problems = [
      { url: 'http://127.0.0.1/downloads/file/1234', kind: 'parse-error' as const, message: 'unreadable PDF: truncated' },
      { url: 'http://127.0.0.1/downloads/file/99', kind: 'http-error' as const, message: 'HTTP 503 (after 2 retries)' },
      { url: 'http://127.0.0.1/downloads/file/5', kind: 'http-error' as const, message: 'HTTP 404' },
      { url: 'http://127.0.0.1/downloads/file/7', kind: 'network-error' as const, message: 'socket hang up' },
      { url: 'http://127.0.0.1/downloads/file/8', kind: 'unsupported-type' as const, message: 'a document this version cannot read (.odt)' },
    ];
    const docs = [
      doc([
        { url: 'http://127.0.0.1/downloads/file/1234', text: 'Access to records policy (PDF)', context: 'Documents' },
        { url: 'http://127.0.0.1/downloads/file/99', text: 'Care leavers leaflet', context: '' },
        { url: 'http://127.0.0.1/downloads/file/5', text: 'Records leaflet', context: '' },
        { url: 'http://127.0.0.1/downloads/file/7', text: 'Bin collection days', context: 'Waste' },
        { url: 'http://127.0.0.1/downloads/file/8', text: 'Records request form', context: '' },
      ]),
    ];
    const out = unreadableSources(problems, docs, [], RELEVANT);
    expect(out.map((p) => [p.url.split('/').pop(), p.about])).toEqual([
      ['1234', 'Access to records policy (PDF) / Documents'],
      ['99', 'Care leavers leaflet'],
      ['8', 'Records request form'],
    ]);
  });
});

describe('an audit whose relevant documents could not be read', () => {
  let server: http.Server;
  let base = '';
  const out = mkdtempSync(join(tmpdir(), 'atr-unreadable-'));
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><head><title>Care leavers | Council</title></head><body><main><h1>Your care records</h1>
          <p>If you were in care you can ask to see your records.</p>
          <ul><li><a href="/downloads/file/1234">Access to records policy (PDF)</a></li>
          <li><a href="/downloads/file/5678">Leaflet for care leavers (PDF)</a></li></ul></main></body></html>`);
      } else if (req.url === '/downloads/file/1234') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4\n1 0 obj << /Type /Catalog'); // truncated
      } else if (req.url === '/downloads/file/5678') {
        res.writeHead(500);
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(out, { recursive: true, force: true });
  });

  it('says error, naming them, for the criteria they could have met (C4 policy, C6 leaflet), not not_met', async () => {
    const { report } = await runAudit(
      { targets: [base], outDir: out, formats: ['json'], rules: ['clearmark'], orgType: 'local-authority', maxPages: 20, render: 'never', delayMs: 0 },
      { http: loopbackHttp(), clock: systemClock, renderer: null },
    );
    const byId = Object.fromEntries(report.criteria.map((c) => [c.id, c]));
    expect(byId.C4?.status).toBe('error');
    expect(byId.C4?.summary).toContain('/downloads/file/1234');
    expect(byId.C6?.status).toBe('error');
    expect(byId.C6?.summary).toContain('/downloads/file/5678');
    expect(report.summary.complete).toBe(false);
  });
});
