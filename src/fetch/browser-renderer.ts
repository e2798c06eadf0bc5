// One browser per audit, started on first need and reused; every page gets a time limit, the audit
// a page limit. When the browser is missing, will not start or dies, every call fails fast with
// the reason, so the crawl carries on over HTTP and records why.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser-launch.js';
import { NO_CONSENT, RenderError, type ConsentOptions, type PageRenderer, type RenderedPage } from './browser-types.js';
import { DISMISS_CONSENT, EXPAND_PANELS, HIGHLIGHT_QUOTE } from './page-scripts.js';
import { browserFixHint, type BrowserResolution } from './resolve-browser.js';

export interface BrowserRendererOptions {
  /** the result of resolveBrowser(): where the browser is, or why there is none */
  resolution: BrowserResolution;
  consent?: ConsentOptions;
  /** per page, default 20000 ms */
  timeoutMs?: number;
  /** most pages rendered in one audit, default 100 */
  maxPages?: number;
  userAgent?: string;
  /** test seam: start the browser */
  launch?: (path: string) => Promise<Browser>;
}

const QUIET_MS = 150;
const POLL_MS = 25;
const QUIET_BUDGET_MS = 5000;
const VIEWPORT = { width: 1200, height: 900 };
const SHOT_PAD = 48;
const SHOT_MAX_HEIGHT = 1400;

export function createBrowserRenderer(options: BrowserRendererOptions): PageRenderer {
  return new LazyBrowserRenderer(options);
}

class LazyBrowserRenderer implements PageRenderer {
  private context: Promise<BrowserContext> | undefined;
  private browser: Browser | undefined;
  private dead: string | undefined;
  private count = 0;
  private consented = false;
  private readonly consent: ConsentOptions;
  private readonly timeoutMs: number;
  private readonly maxPages: number;
  private readonly cookieOrigins = new Set<string>();
  private readonly inflight = new WeakMap<Page, { count: number }>();

  constructor(private readonly options: BrowserRendererOptions) {
    this.consent = options.consent ?? NO_CONSENT;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxPages = options.maxPages ?? 100;
    if (!options.resolution.browser) this.dead = `${options.resolution.reason ?? 'no browser found'}; ${browserFixHint()}`;
  }

  unavailable(): string | undefined {
    return this.dead;
  }

  rendered(): number {
    return this.count;
  }

  async render(url: string): Promise<RenderedPage> {
    if (this.count >= this.maxPages) throw new RenderError(`browser page limit (${this.maxPages}) reached; read over HTTP only`, false);
    this.count++;
    return this.withPage(url, async (page) => {
      const { consent, expanded } = await this.prepare(page, url);
      return { html: await page.content(), finalUrl: page.url(), consent, expanded };
    });
  }

  async screenshot(url: string, quote: string, file: string, mode: 'evidence' | 'full'): Promise<boolean> {
    return this.withPage(url, async (page) => {
      await this.prepare(page, url);
      const box = (await page.evaluate(`(${HIGHLIGHT_QUOTE})(${JSON.stringify(quote)})`)) as { x: number; y: number; width: number; height: number } | null;
      if (!box) return false;
      await mkdir(dirname(file), { recursive: true });
      if (mode === 'full') {
        await page.screenshot({ path: file, fullPage: true, timeout: this.timeoutMs });
      } else {
        const y = Math.max(0, box.y - SHOT_PAD);
        const height = Math.min(SHOT_MAX_HEIGHT, box.height + 2 * SHOT_PAD);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: VIEWPORT.width, height }, timeout: this.timeoutMs });
      }
      return true;
    });
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.context = undefined;
    if (!this.dead) this.dead = 'browser closed';
    await browser?.close().catch(() => undefined);
  }

  /** Consent, then accordions, then wait for the page to go quiet. */
  private async prepare(page: Page, url: string): Promise<{ consent: 'before' | 'after'; expanded: number }> {
    await this.applyDeclaredCookies(page, url);
    await page.goto(url, { waitUntil: 'load', timeout: this.timeoutMs });
    await this.quiet(page);
    const clicks = (await page.evaluate(`(${DISMISS_CONSENT})(${JSON.stringify({ choice: this.consent.choice, click: this.consent.click })})`)) as number;
    if (clicks > 0) {
      this.consented = true;
      await this.quiet(page);
    }
    const expanded = (await page.evaluate(`(${EXPAND_PANELS})()`)) as number;
    if (expanded > 0) await this.quiet(page);
    const declared = this.consent.cookies.length > 0 || this.consent.localStorage.length > 0;
    return { consent: this.consented || declared ? 'after' : 'before', expanded };
  }

  private async applyDeclaredCookies(page: Page, url: string): Promise<void> {
    const origin = new URL(url).origin;
    if (this.consent.cookies.length === 0 || this.cookieOrigins.has(origin)) return;
    this.cookieOrigins.add(origin);
    await page.context().addCookies(this.consent.cookies.map((c) => ({ name: c.name, value: c.value, url: origin })));
  }

  /**
   * Wait until no request has been in flight for QUIET_MS (script-filled panels), within a bounded
   * budget. Cheaper than Playwright's 'networkidle', which always waits 500 ms.
   */
  private async quiet(page: Page): Promise<void> {
    const inflight = this.inflight.get(page);
    if (!inflight) return;
    const until = Date.now() + Math.min(this.timeoutMs, QUIET_BUDGET_MS);
    let calmSince = Date.now();
    while (Date.now() < until) {
      await page.waitForTimeout(POLL_MS);
      if (inflight.count > 0) calmSince = Date.now();
      else if (Date.now() - calmSince >= QUIET_MS) return;
    }
  }

  private async withPage<T>(url: string, use: (page: Page) => Promise<T>): Promise<T> {
    if (this.dead) throw new RenderError(`browser unavailable: ${this.dead}`, true);
    const context = await this.ensureContext();
    let page: Page;
    try {
      page = await context.newPage();
    } catch (e) {
      this.dead = `the browser stopped during the audit (${(e as Error).message.split('\n')[0]})`;
      throw new RenderError(`browser unavailable: ${this.dead}`, true);
    }
    page.setDefaultTimeout(this.timeoutMs);
    const inflight = { count: 0 };
    this.inflight.set(page, inflight);
    page.on('request', () => inflight.count++);
    page.on('requestfinished', () => (inflight.count = Math.max(0, inflight.count - 1)));
    page.on('requestfailed', () => (inflight.count = Math.max(0, inflight.count - 1)));
    try {
      return await use(page);
    } catch (e) {
      if (this.dead) throw new RenderError(`browser unavailable: ${this.dead}`, true);
      const first = (e as Error).message.split('\n')[0] ?? String(e);
      throw new RenderError(`browser could not render ${url}: ${first}`, false);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  private ensureContext(): Promise<BrowserContext> {
    this.context ??= this.start().catch((e: unknown) => {
      this.dead = `the browser at ${this.options.resolution.browser?.path} failed to start (${((e as Error).message ?? String(e)).split('\n')[0]}); ${browserFixHint()}`;
      throw new RenderError(`browser unavailable: ${this.dead}`, true);
    });
    return this.context;
  }

  private async start(): Promise<BrowserContext> {
    const path = this.options.resolution.browser!.path;
    const browser = await (this.options.launch ?? launchChromium)(path);
    this.browser = browser;
    browser.on('disconnected', () => {
      if (this.browser === browser && !this.dead) this.dead = 'the browser stopped during the audit';
    });
    const context = await browser.newContext({
      viewport: VIEWPORT,
      ...(this.options.userAgent ? { userAgent: this.options.userAgent } : {}),
      serviceWorkers: 'block',
    });
    if (this.consent.localStorage.length > 0) {
      // Before any page script runs, so a site reading its consent flag on load sees it.
      await context.addInitScript(`(() => { try { for (const [k, v] of ${JSON.stringify(this.consent.localStorage.map((i) => [i.key, i.value]))}) localStorage.setItem(k, v); } catch (e) {} })()`);
    }
    return context;
  }
}
