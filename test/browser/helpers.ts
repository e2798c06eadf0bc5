import { join } from 'node:path';
import { resolveBrowser } from '../../src/fetch/index.js';
import { serveSite, type ServedSite } from '../../src/demo/index.js';

/** The browser the tests use (system Chromium in CI via .ci/run), or undefined: tests skip with a message. */
export const chromium = resolveBrowser({ env: { ATR_AUDIT_BROWSER: process.env.ATR_AUDIT_BROWSER } }).browser?.path;
if (!chromium) console.warn('[browser tests skipped] no Chromium found: install it (apt-get install chromium) or set ATR_AUDIT_BROWSER');

export const BROWSER_SITES = join(import.meta.dirname, '../../fixtures/browser-sites');

export function serveBrowserSite(slug: string): Promise<ServedSite> {
  return serveSite(join(BROWSER_SITES, slug, 'site'), { slug });
}

export const clock = { now: (): Date => new Date(), sleep: (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms)) };
