import http from 'node:http';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/io.js';
import { resolveBrowser } from '../fetch/index.js';
import { checkNode, checkProxy, checkWritable } from './checks.js';

const chromium = resolveBrowser().browser?.path;
const work = mkdtempSync(join(tmpdir(), 'atr-doctor-'));

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, isTTY: false, columns: 80 };
}

describe('doctor checks', () => {
  it('Node version: 20.19 or newer', () => {
    expect(checkNode('20.20.0').ok).toBe(true);
    expect(checkNode('22.1.0').ok).toBe(true);
    const old = checkNode('18.19.0');
    expect(old.ok).toBe(false);
    expect(old.fix).toContain('20.19');
    expect(checkNode('v20.18.3').ok).toBe(false);
    expect(checkNode('v20.19.0').ok).toBe(true);
    expect(checkNode('24.0.0-nightly20250101abc').ok).toBe(true);
    expect(checkNode('not a version').ok).toBe(false);
  });

  it('proxy settings: reported, a malformed one fails, a missing CA file fails', () => {
    expect(checkProxy({})[0]!.ok).toBe(true);
    expect(checkProxy({ HTTPS_PROXY: 'http://user:secret@proxy.test:8080' })[0]!.detail).not.toContain('secret');
    expect(checkProxy({ HTTPS_PROXY: 'not a url' })[0]!.ok).toBe(false);
    const ca = checkProxy({ NODE_EXTRA_CA_CERTS: join(work, 'missing.pem') }).find((c) => c.name === 'extra CA certificates')!;
    expect(ca.ok).toBe(false);
  });

  it('output folder: writable, or a fix when it is not', async () => {
    expect((await checkWritable(join(work, 'out'))).ok).toBe(true);
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const bad = await checkWritable(join(file, 'sub'));
    expect(bad.ok).toBe(false);
    expect(bad.fix).toContain('--out');
  });
});

describe('atr-audit doctor', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('without Chromium: says so, how to fix it, and exits 1', async () => {
    const io = captureIo();
    const code = await run(['doctor', '--browser', join(work, 'no-chromium-here'), '--out', join(work, 'o1')], io);
    const text = io.out.join('');
    expect(code).toBe(1);
    expect(text).toMatch(/FAIL\s+browser found/);
    expect(text).toContain('apt-get install chromium');
  });

  it('a browser that will not start: exits 1 with a fix', async () => {
    const fake = join(work, 'fake-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 1\n');
    chmodSync(fake, 0o755);
    const io = captureIo();
    expect(await run(['doctor', '--browser', fake, '--out', join(work, 'o2')], io)).toBe(1);
    expect(io.out.join('')).toMatch(/FAIL\s+browser starts/);
  });

  it.skipIf(!chromium)('with Chromium, a reachable URL and a writable folder: exits 0', async () => {
    const io = captureIo();
    const code = await run(['doctor', '--browser', chromium!, '--url', url, '--allow-private', '--out', join(work, 'o3')], io);
    expect(io.out.join('')).toContain('Ready to audit.');
    expect(code).toBe(0);
  });
});
