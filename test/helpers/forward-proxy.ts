// A forward proxy on loopback that answers every request itself (absolute-form GETs and CONNECT
// tunnels alike) and records what it was asked, with HTTP_PROXY pointing at it while it runs.
// The proxy variables are cleared first and restored on close, so the host's own settings never leak in.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];

export interface ForwardProxy {
  /** request targets in order: "http://host/path", or "CONNECT host:port" */
  seen: string[];
  close(): Promise<void>;
}

export async function startForwardProxy(answer: { contentType: string; body: string }, env: Record<string, string> = {}, host = '127.0.0.1'): Promise<ForwardProxy> {
  const seen: string[] = [];
  const proxy = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(200, { 'content-type': answer.contentType }).end(answer.body);
  });
  // CONNECT host:port, then the tunnelled HTTP is answered by the same handler.
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    proxy.emit('connection', socket);
  });
  await new Promise<void>((r) => proxy.listen(0, host, r));
  const saved = Object.fromEntries(PROXY_VARS.map((v) => [v, process.env[v]]));
  for (const v of PROXY_VARS) delete process.env[v];
  process.env.HTTP_PROXY = `http://${host}:${(proxy.address() as AddressInfo).port}`;
  Object.assign(process.env, env);
  return {
    seen,
    close: async () => {
      for (const v of PROXY_VARS) {
        if (saved[v] === undefined) delete process.env[v];
        else process.env[v] = saved[v];
      }
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
    },
  };
}
