// Requests go through HTTP_PROXY: a tiny forward proxy on 127.0.0.1 answers for a host that does
// not exist, so a response can only have come through it. undici tunnels with CONNECT by default;
// plain absolute-form GETs are answered too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../../test/helpers/forward-proxy.js';
import { loopbackHttp } from '../../test/helpers/loopback-http.js';

describe('HTTP client behind a proxy', () => {
  let proxy: ForwardProxy;

  beforeAll(async () => {
    // NO_PROXY explicit: some environments put localhost there
    proxy = await startForwardProxy({ contentType: 'text/html', body: '<p>via proxy</p>' }, { NO_PROXY: 'bypass.invalid' });
  });

  afterAll(() => proxy.close());

  it('sends every request through HTTP_PROXY', async () => {
    const client = loopbackHttp(); // EnvHttpProxyAgent reads the environment here
    const res = await client.get('http://council.invalid/care-records', { userAgent: 'test', timeoutMs: 5000, maxBytes: 1e6, followRedirect: () => true });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('via proxy');
    expect(proxy.seen.some((u) => u === 'http://council.invalid/care-records' || u === 'CONNECT council.invalid:80')).toBe(true);
  });
});
