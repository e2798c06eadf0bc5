import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error.js';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';

let server: Server;
let base: string;
const seenAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenAgents.push(req.headers['user-agent'] ?? '');
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>');
        break;
      case '/hop':
        res.writeHead(301, { location: '/ok' }).end();
        break;
      case '/away':
        res.writeHead(302, { location: 'http://elsewhere.invalid/page' }).end();
        break;
      case '/big':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.write(Buffer.alloc(4000, 'a'));
        res.end(Buffer.alloc(4000, 'b'));
        break;
      case '/hang':
        // never answers; the client's timeout must end it
        break;
      default:
        res.writeHead(404).end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const opts = { userAgent: 'atr-audit-test/1', timeoutMs: 5000, maxBytes: 1_000_000, followRedirect: () => true };

describe('createHttpClient', () => {
  const http = loopbackHttp();

  it('gets a page with headers lower-cased and our user agent sent', async () => {
    const res = await http.get(`${base}/ok`, opts);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html');
    expect(res.body.toString()).toBe('<html>ok</html>');
    expect(seenAgents).toContain('atr-audit-test/1');
  });

  it('follows redirects it is allowed to and lists them', async () => {
    const res = await http.get(`${base}/hop`, opts);
    expect(res.finalUrl).toBe(`${base}/ok`);
    expect(res.redirects).toEqual([`${base}/ok`]);
  });

  it('returns the 3xx with an absolute location when a redirect is refused', async () => {
    const asked: string[] = [];
    const res = await http.get(`${base}/away`, { ...opts, followRedirect: (_f, to) => (asked.push(to), false) });
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('http://elsewhere.invalid/page');
    expect(asked).toEqual(['http://elsewhere.invalid/page']);
  });

  it('passes non-2xx statuses back as data', async () => {
    expect((await http.get(`${base}/missing`, opts)).status).toBe(404);
  });

  it('fails too-large bodies without reading them whole', async () => {
    const err = await http.get(`${base}/big`, { ...opts, maxBytes: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe('too-large');
  });

  it('times out a server that never answers', async () => {
    const err = await http.get(`${base}/hang`, { ...opts, timeoutMs: 300 }).catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('timeout');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const err = await http.get(`http://127.0.0.1:${port}/`, opts).catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('network');
  });
});
