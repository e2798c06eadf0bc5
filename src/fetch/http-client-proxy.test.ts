// Requests go through HTTP_PROXY: a tiny forward proxy on 127.0.0.1 answers for a host that does
// not exist, so a response can only have come through it. undici tunnels with CONNECT by default;
// plain absolute-form GETs are answered too.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';

const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];

describe('HTTP client behind a proxy', () => {
  let proxy: http.Server;
  const seen: string[] = [];
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    proxy = http.createServer((req, res) => {
      seen.push(req.url ?? ''); // absolute-form request target: http://host/path
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>via proxy</p>');
    });
    // CONNECT host:port, then the tunnelled HTTP is answered by the same handler.
    proxy.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
      seen.push(`CONNECT ${req.url}`);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      proxy.emit('connection', socket);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    for (const v of PROXY_VARS) saved[v] = process.env[v];
    for (const v of PROXY_VARS) delete process.env[v];
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.NO_PROXY = 'bypass.invalid'; // explicit: some environments put localhost here
  });

  afterAll(async () => {
    for (const v of PROXY_VARS) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
  });

  it('sends every request through HTTP_PROXY', async () => {
    const client = loopbackHttp(); // EnvHttpProxyAgent reads the environment here
    const res = await client.get('http://council.invalid/care-records', { userAgent: 'test', timeoutMs: 5000, maxBytes: 1e6, followRedirect: () => true });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('via proxy');
    expect(seen.some((u) => u === 'http://council.invalid/care-records' || u === 'CONNECT council.invalid:80')).toBe(true);
  });
});
