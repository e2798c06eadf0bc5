// A kept-alive connection that the server closes between two requests: the next GET on it fails
// before any answer. The client sends it again once, on a fresh connection; a server that drops
// every request still fails (two tries, no loop).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/index.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

let server: Server;
let base = '';
const perSocket = new WeakMap<Socket, number>();
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
    // The server "closed" this kept-alive socket before the second request: it reads nothing back.
    if (n > 1 || req.url === '/always-gone') {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', connection: 'keep-alive' }).end(`<p>${req.url}</p>`);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const get = (http: ReturnType<typeof loopbackHttp>, path: string): Promise<{ status: number; body: Buffer }> =>
  http.get(`${base}${path}`, { userAgent: 'test', timeoutMs: 10_000, maxBytes: 1_000_000, followRedirect: () => true });

describe('stale keep-alive sockets', () => {
  it('a second request on a socket the server dropped is sent again once and succeeds', async () => {
    const http = loopbackHttp();
    const first = await get(http, '/first');
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200)); // the first socket is back in the pool, idle
    const second = await get(http, '/second');
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe('<p>/second</p>');
    expect(hits['/second']).toBe(2); // dropped on the old socket, answered on a new one
  });

  it('a server that drops every request fails after two tries, as a network error', async () => {
    const http = loopbackHttp();
    const err = await get(http, '/always-gone').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe('network');
    expect(hits['/always-gone']).toBe(2);
  });
});
