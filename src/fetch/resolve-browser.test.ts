import { describe, expect, it } from 'vitest';
import { ISOLATION_FLAGS, LAUNCH_FLAGS, launchOptions } from './browser-launch.js';
import { BROWSER_ENV, resolveBrowser } from './resolve-browser.js';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('resolveBrowser', () => {
  it('prefers --browser, then the environment variable, then Playwright, then system Chromium', () => {
    const all = only('/opt/a', '/opt/b', '/pw/chrome', '/usr/bin/chromium');
    const pw = () => '/pw/chrome';
    expect(resolveBrowser({ option: '/opt/a', env: { [BROWSER_ENV]: '/opt/b' }, playwrightPath: pw, platform: 'linux', exists: all }).browser).toEqual({ path: '/opt/a', source: 'option' });
    expect(resolveBrowser({ env: { [BROWSER_ENV]: '/opt/b' }, playwrightPath: pw, platform: 'linux', exists: all }).browser).toEqual({ path: '/opt/b', source: 'env' });
    expect(resolveBrowser({ env: {}, playwrightPath: pw, platform: 'linux', exists: all }).browser).toEqual({ path: '/pw/chrome', source: 'playwright' });
    expect(resolveBrowser({ env: {}, playwrightPath: pw, platform: 'linux', exists: only('/usr/bin/chromium') }).browser).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('does not swap a named browser that is missing for another one', () => {
    const r = resolveBrowser({ option: '/nope/chrome', env: {}, platform: 'linux', exists: only('/usr/bin/chromium') });
    expect(r.browser).toBeUndefined();
    expect(r.reason).toContain('/nope/chrome');
    const e = resolveBrowser({ env: { [BROWSER_ENV]: '/nope/env' }, platform: 'linux', exists: only('/usr/bin/chromium') });
    expect(e.reason).toContain(BROWSER_ENV);
  });

  it('says nothing was found when no candidate exists, and where it looked', () => {
    const r = resolveBrowser({ env: {}, playwrightPath: () => { throw new Error('unsupported platform'); }, platform: 'linux', exists: () => false });
    expect(r.browser).toBeUndefined();
    expect(r.tried).toContain('/usr/bin/chromium');
  });
});

describe('launch options', () => {
  it('uses the locked-down flags and gives the browser no network of its own, whatever the environment says', () => {
    expect(LAUNCH_FLAGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--no-first-run']));
    const o = launchOptions('/usr/bin/chromium');
    expect(o.args).toEqual([...LAUNCH_FLAGS, ...ISOLATION_FLAGS]);
    expect(o.args).toEqual(expect.arrayContaining(['--proxy-bypass-list=<-loopback>', '--webrtc-ip-handling-policy=disable_non_proxied_udp', '--disable-quic']));
    expect(o.proxy).toBeUndefined();
  });
});
