// A rendered page is hostile: it opens WebSockets and WebRTC channels to another host, starts
// downloads, opens popups, posts forms, and asks for sub-resources from an in-site host that
// resolves to a private address. Real Chromium; every server on loopback. The other host's TCP and
// UDP listeners must see nothing, no download is written, and each refusal is counted.
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer as createTcpServer, type Server as TcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserRenderer, createHttpClient, resolveBrowser, type PageRenderer } from '../../src/fetch/index.js';
import { chromium } from '../browser/helpers.js';
import { countingServer, PRIVATE_IP, PUBLIC_IP, simulatedGuard, type CountingServer } from '../helpers/simulated-network.js';

const SETTLE_MS = 1500;

describe.skipIf(!chromium)('the browser has no channel out of the audited site', () => {
  let site: CountingServer;
  let inside: CountingServer;
  let tcp: TcpServer;
  let udp: UdpSocket;
  const tcpConnections: string[] = [];
  const udpPackets: number[] = [];
  let renderer: PageRenderer;
  let base: string;

  beforeAll(async () => {
    tcp = createTcpServer((socket) => {
      tcpConnections.push(`${socket.remoteAddress}:${socket.remotePort}`);
      socket.destroy();
    });
    await new Promise<void>((r) => tcp.listen(0, PUBLIC_IP, r));
    udp = createSocket('udp4');
    udp.on('message', (msg) => udpPackets.push(msg.length));
    await new Promise<void>((r) => udp.bind(0, PUBLIC_IP, r));
    const tcpPort = (tcp.address() as AddressInfo).port;
    const udpPort = udp.address().port;

    const hostile = `<!doctype html><html><head><title>Hostile</title></head><body><main><h1>Your care records</h1><p>How to ask for your file.</p></main>
<script>
  const other = '${PUBLIC_IP}';
  try { new WebSocket('ws://' + other + ':${tcpPort}/socket'); } catch (e) {}
  try {
    const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:' + other + ':${udpPort}' }, { urls: 'turn:' + other + ':${tcpPort}?transport=tcp', username: 'u', credential: 'c' }] });
    pc.createDataChannel('x');
    pc.createOffer().then((o) => pc.setLocalDescription(o));
  } catch (e) {}
  try {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    new frame.contentWindow.RTCPeerConnection({ iceServers: [{ urls: 'stun:' + other + ':${udpPort}' }] });
  } catch (e) {}
  try { new Worker(URL.createObjectURL(new Blob(["new WebSocket('ws://${PUBLIC_IP}:${tcpPort}/worker')"], { type: 'text/javascript' }))); } catch (e) {}
  const file = document.createElement('a'); file.href = '/big.bin'; file.download = 'big.bin'; document.body.appendChild(file); file.click();
  const blob = document.createElement('a'); blob.href = URL.createObjectURL(new Blob([new Uint8Array(4 * 1024 * 1024)])); blob.download = 'blob.bin'; document.body.appendChild(blob); blob.click();
  window.open('/popup.html');
  fetch('/submit', { method: 'POST', body: 'x' }).catch(() => {});
  fetch('http://intranet.council.test:PORT/api').catch(() => {});
</script></body></html>`;

    site = await countingServer(PUBLIC_IP, (req, res) => {
      if (req.url === '/big.bin') return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="big.bin"' }).end(Buffer.alloc(1024 * 1024));
      if (req.url === '/popup.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>popup</p>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostile.replace('PORT', String(site.port)));
    });
    inside = await countingServer(PRIVATE_IP, undefined, site.port);
    base = `http://council.test:${site.port}`;
    const names = { 'council.test': PUBLIC_IP, 'intranet.council.test': PRIVATE_IP };
    renderer = createBrowserRenderer({
      resolution: resolveBrowser({ option: chromium }),
      http: createHttpClient({ addresses: simulatedGuard(names) }),
      userAgent: 'atr-audit-test',
      timeoutMs: 10_000,
    });
    // Politeness would already keep the browser on its own origin; open it up so the guard and
    // the isolation are what is tested.
    renderer.usePoliteness({ allow: () => true, slot: (_url, load) => load() });
  }, 60_000);

  afterAll(async () => {
    await renderer?.close();
    await site?.close();
    await inside?.close();
    await new Promise((r) => tcp?.close(r));
    udp?.close();
  });

  it('renders the page while refusing every channel, download, popup, post and private address', async () => {
    const rendered = await renderer.render(`${base}/`);
    expect(rendered.html).toContain('Your care records');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(tcpConnections).toEqual([]);
    expect(udpPackets).toEqual([]);
    expect(inside.hits).toEqual([]);
    expect(site.hits).not.toContain('POST /submit');
    const refused = renderer.refusals();
    expect(refused.webrtc ?? 0).toBeGreaterThanOrEqual(2); // the page and its iframe
    expect(refused.websocket ?? 0).toBeGreaterThanOrEqual(1);
    expect(refused.download ?? 0).toBeGreaterThanOrEqual(1);
    expect(refused.popup ?? 0).toBe(1);
    expect(refused.method ?? 0).toBe(1);
    expect(refused.address ?? 0).toBeGreaterThanOrEqual(1);
  });
});
