// A simulated internet on loopback. 127.0.0.1 plays a public address; every other loopback
// address (127.0.0.2 stands in for an intranet host or a cloud metadata endpoint) keeps its real
// class, so the guard refuses it. Names resolve through a static map, never through DNS, so no
// test ever sends a packet outside 127.0.0.0/8.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyAddress, createAddressGuard, staticLookup, type AddressGuard, type LookupFunction } from '../../src/fetch/index.js';

export const PUBLIC_IP = '127.0.0.1';
export const PRIVATE_IP = '127.0.0.2';

export function simulatedGuard(names: Record<string, string>, opts: { allowPrivate?: boolean; lookup?: LookupFunction } = {}): AddressGuard {
  return createAddressGuard({
    allowPrivate: opts.allowPrivate ?? false,
    lookup: opts.lookup ?? staticLookup(names),
    classify: (ip) => (ip === PUBLIC_IP ? 'unicast' : classifyAddress(ip)),
  });
}

export interface CountingServer {
  server: Server;
  port: number;
  /** every request line it received: "GET /path" */
  hits: string[];
  close(): Promise<void>;
}

/** An HTTP server on one loopback address that records every request it receives. */
export async function countingServer(
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('secret: instance credentials'),
  port = 0,
): Promise<CountingServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
