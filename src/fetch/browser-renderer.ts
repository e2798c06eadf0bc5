// One browser per audit, started on first need and reused; every page gets a time limit, the audit
// a page limit. When the browser is missing, will not start or dies, every call fails fast with
// the reason, so the crawl carries on over HTTP and records why.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { launchChromium } from './browser-launch.js';
import { isFetchError } from './fetch-error.js';
import { followRedirects, MAX_REDIRECTS } from './redirects.js';
import type { HttpClient, HttpResponse } from './types.js';
import {
  NO_CONSENT,
  RenderError,
  RenderRefused,
  type BrowserPoliteness,
  type BrowserRefusalKind,
  type BrowserRefusals,
  type ConsentOptions,
  type PageRenderer,
  type RenderedPage,
} from './browser-types.js';
import { DISMISS_CONSENT, EXPAND_PANELS, HIGHLIGHT_QUOTE, REFUSE_CHANNELS } from './page-scripts.js';
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
  /**
   * fetches every request the browser makes (the browser has no network of its own): the audit's
   * client, so the same address guard, proxy and size limits apply to pages and their sub-resources
   */
  http: HttpClient;
  /** test seam: start the browser */
  launch?: (path: string) => Promise<Browser>;
}

const QUIET_MS = 150;
const POLL_MS = 25;
const QUIET_BUDGET_MS = 5000;
const VIEWPORT = { width: 1200, height: 900 };
const SHOT_PAD = 48;
const SHOT_MAX_HEIGHT = 1400;
/** leaving a page for about:blank between loads */
const PARK_MS = 2000;
/** Not needed to read text; fetched only for screenshots (and then only when allowed). */
const PICTURE_TYPES = new Set(['image', 'media', 'font']);
/** A page and each of its sub-resources: enough for any real page, too little to fill memory. */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const MAX_SUBRESOURCE_BYTES = 5 * 1024 * 1024;
/** The browser's request headers worth passing on; the rest are ours or describe the browser's own connection. */
const FORWARDED_HEADERS = ['accept', 'accept-language', 'cookie', 'referer'];
/** Response headers that describe the bytes as sent, not the decoded body we hand to the browser. */
const TRANSPORT_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);
/** Reading pages needs no form posts; a script posting somewhere is refused and counted. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/** What one open page may load, and what it tried to load that it may not. */
interface PageState {
  allow: (url: string) => boolean;
  purpose: 'read' | 'screenshot';
  inflight: number;
  /** a main-frame navigation that was stopped: off-site or disallowed */
  refused?: string;
  /** an allowed redirect of the main-frame navigation, followed with a fresh goto (so it is checked too) */
  redirect?: string;
}

/** Until the crawl binds its politeness: only the page's own origin, no gap (tests, one-off use). */
function ownOriginOnly(pageUrl: string): BrowserPoliteness {
  const origin = new URL(pageUrl).origin;
  return {
    allow: (url) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    },
    slot: (_url, load) => load(),
  };
}

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
  private readonly pages = new WeakMap<Page, PageState>();
  /** blank tabs kept between loads */
  private idle: Page[] = [];
  private politeness: BrowserPoliteness | undefined;
  private readonly refused: BrowserRefusals = {};

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

  usePoliteness(politeness: BrowserPoliteness): void {
    this.politeness = politeness;
  }

  refusals(): BrowserRefusals {
    return { ...this.refused };
  }

  private refuse(kind: BrowserRefusalKind): void {
    this.refused[kind] = (this.refused[kind] ?? 0) + 1;
  }

  async render(url: string): Promise<RenderedPage> {
    if (this.count >= this.maxPages) throw new RenderError(`browser page limit (${this.maxPages}) reached; read over HTTP only`, false);
    this.count++;
    return this.withPage(url, 'read', async (page) => {
      const { consent, expanded } = await this.prepare(page, url);
      return { html: await page.content(), finalUrl: page.url(), consent, expanded };
    });
  }

  async screenshot(url: string, quote: string, file: string, mode: 'evidence' | 'full'): Promise<boolean> {
    return this.withPage(url, 'screenshot', async (page) => {
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
    this.idle = [];
    if (!this.dead) this.dead = 'browser closed';
    await browser?.close().catch(() => undefined);
  }

  /** Consent, then accordions, then wait for the page to go quiet. */
  private async prepare(page: Page, url: string): Promise<{ consent: 'before' | 'after'; expanded: number }> {
    await this.applyDeclaredCookies(page, url);
    await this.navigate(page, url);
    await this.quiet(page);
    const clicks = (await page.evaluate(`(${DISMISS_CONSENT})(${JSON.stringify({ choice: this.consent.choice, click: this.consent.click })})`)) as number;
    if (clicks > 0) {
      this.consented = true;
      await this.quiet(page);
    }
    const expanded = (await page.evaluate(`(${EXPAND_PANELS})()`)) as number;
    if (expanded > 0) await this.quiet(page);
    this.checkLanding(page, url);
    const moved = this.pages.get(page)?.redirect;
    if (moved !== undefined) throw new RenderError(`browser could not render ${url}: after loading, the page moved on to ${moved}; kept as served over HTTP`, false);
    const declared = this.consent.cookies.length > 0 || this.consent.localStorage.length > 0;
    return { consent: this.consented || declared ? 'after' : 'before', expanded };
  }

  /**
   * goto, following the page's own redirects one hop at a time: the browser follows a redirect
   * without showing the next request to the route handler, so the handler stops each redirect and
   * we load its target afresh, where the handler checks it like any other request.
   */
  private async navigate(page: Page, url: string): Promise<void> {
    const state = this.pages.get(page)!;
    const hop = async (target: string): Promise<{ result: undefined; next?: string }> => {
      state.redirect = undefined;
      try {
        await page.goto(target, { waitUntil: 'load', timeout: this.timeoutMs });
      } catch (e) {
        if (state.redirect === undefined && state.refused === undefined) throw e;
      }
      this.checkLanding(page, url);
      return { result: undefined, ...(state.redirect !== undefined ? { next: state.redirect } : {}) };
    };
    await followRedirects(url, hop, () => new RenderError(`browser could not render ${url}: more than ${MAX_REDIRECTS} redirects`, false));
  }

  /** The page must still be where it may be; otherwise what it shows is not the audited site's. */
  private checkLanding(page: Page, url: string): void {
    const state = this.pages.get(page)!;
    const landed = state.refused ?? (state.redirect === undefined && !state.allow(page.url()) ? page.url() : undefined);
    if (landed === undefined) return;
    throw new RenderRefused(
      `the browser was sent from ${url} to ${landed}, which is off the audited site or disallowed by robots.txt; nothing was loaded from there and the page is kept as served over HTTP`,
      landed,
    );
  }

  /**
   * Every request of every page passes here. Requests the crawl would not make are aborted
   * (other sites, robots.txt-disallowed paths; pictures and fonts when only reading text). Allowed
   * ones are fetched by our own HTTP client, never by the browser: the address guard, the proxy
   * and the size limits apply, and redirects are checked hop by hop (the browser would follow a
   * redirect off-site without asking).
   */
  private async route(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    if (!/^https?:/i.test(url)) return route.continue(); // data:, blob: make no request
    let page: Page | undefined;
    try {
      page = request.frame().page();
    } catch {
      page = undefined; // a worker's request: not ours to allow
    }
    const state = page ? this.pages.get(page) : undefined;
    const mainNavigation = page !== undefined && request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (!state || !state.allow(url)) {
      if (state && mainNavigation) state.refused ??= url;
      return route.abort('blockedbyclient');
    }
    if (state.purpose === 'read' && PICTURE_TYPES.has(request.resourceType())) return route.abort('blockedbyclient');
    if (!READ_METHODS.has(request.method())) {
      this.refuse('method');
      return route.abort('blockedbyclient');
    }
    try {
      const headers = await request.allHeaders();
      const res = await this.options.http.get(url, {
        userAgent: this.options.userAgent ?? headers['user-agent'] ?? 'atr-audit',
        timeoutMs: this.timeoutMs,
        maxBytes: mainNavigation ? MAX_DOCUMENT_BYTES : MAX_SUBRESOURCE_BYTES,
        // The page's own redirects come back to navigate() as fresh loads; a sub-resource's are followed while allowed.
        followRedirect: (_from, to) => !mainNavigation && state.allow(to),
        headers: Object.fromEntries(FORWARDED_HEADERS.filter((h) => headers[h] !== undefined).map((h) => [h, headers[h]!])),
      });
      const location = res.status >= 300 && res.status < 400 ? res.headers['location'] : undefined;
      if (location !== undefined) {
        if (!state.allow(location)) {
          if (mainNavigation) state.refused ??= location;
          return await route.abort('blockedbyclient');
        }
        if (mainNavigation) {
          state.redirect = location;
          return await route.abort('aborted');
        }
        return await route.abort('failed'); // too many hops
      }
      await route.fulfill({ status: res.status, headers: bodyHeaders(res), body: res.body });
    } catch (e) {
      if (isFetchError(e) && e.kind === 'refused') this.refuse('address');
      await route.abort('failed').catch(() => undefined); // page closed, or the fetch failed
    }
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
    const inflight = this.pages.get(page);
    if (!inflight) return;
    const until = Date.now() + Math.min(this.timeoutMs, QUIET_BUDGET_MS);
    let calmSince = Date.now();
    while (Date.now() < until) {
      await page.waitForTimeout(POLL_MS);
      if (inflight.inflight > 0) calmSince = Date.now();
      else if (Date.now() - calmSince >= QUIET_MS) return;
    }
  }

  /**
   * One page load, in the crawl's per-origin slot for its URL. The page is opened and closed inside
   * the slot, so all its requests (sub-resources share the navigation's slot) happen there and the
   * next request to that origin waits --delay after the page is done.
   */
  private async withPage<T>(url: string, purpose: PageState['purpose'], use: (page: Page) => Promise<T>): Promise<T> {
    if (this.dead) throw new RenderError(`browser unavailable: ${this.dead}`, true);
    const politeness = this.politeness ?? ownOriginOnly(url);
    if (!politeness.allow(url)) throw new RenderRefused(`the browser may not load ${url}: off the audited site or disallowed by robots.txt`, url);
    const context = await this.ensureContext();
    return politeness.slot(url, () => this.inPage(context, url, { allow: (u) => politeness.allow(u), purpose, inflight: 0 }, use));
  }

  private async inPage<T>(context: BrowserContext, url: string, state: PageState, use: (page: Page) => Promise<T>): Promise<T> {
    let page: Page;
    try {
      page = this.idle.pop() ?? (await this.openPage(context));
    } catch (e) {
      this.dead = `the browser stopped during the audit (${(e as Error).message.split('\n')[0]})`;
      throw new RenderError(`browser unavailable: ${this.dead}`, true);
    }
    this.pages.set(page, state);
    try {
      return await use(page);
    } catch (e) {
      if (e instanceof RenderError) throw e;
      if (this.dead) throw new RenderError(`browser unavailable: ${this.dead}`, true);
      const first = (e as Error).message.split('\n')[0] ?? String(e);
      throw new RenderError(`browser could not render ${url}: ${first}`, false);
    } finally {
      await this.park(page);
    }
  }

  /** A tab that reports its requests to whichever load is using it (opening one costs ~100 ms). */
  private async openPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(this.timeoutMs);
    // A page opening windows gets none: the popup is closed at once (its requests were routed too).
    page.on('popup', (popup) => {
      this.refuse('popup');
      void popup.close().catch(() => undefined);
    });
    page.on('download', (download) => {
      this.refuse('download');
      void download.cancel().catch(() => undefined);
    });
    // Each request is counted against the load that made it, so a late event of an earlier load
    // on this tab never changes the current one's count.
    const countedIn = new WeakMap<Request, PageState>();
    page.on('request', (request) => {
      const state = this.pages.get(page);
      if (!state) return;
      state.inflight++;
      countedIn.set(request, state);
    });
    const done = (request: Request) => {
      const state = countedIn.get(request);
      if (state) state.inflight = Math.max(0, state.inflight - 1);
      countedIn.delete(request);
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    return page;
  }

  /**
   * Still inside the load's slot: leave the document (so nothing of it runs or loads after the
   * slot ends), forget its session storage, and keep the tab for the next load. A tab that will
   * not go blank quickly is closed instead, as every tab used to be.
   */
  private async park(page: Page): Promise<void> {
    try {
      if (this.dead || page.isClosed()) throw new Error('not reusable');
      const cleared = page.evaluate('(() => { try { sessionStorage.clear(); } catch (e) {} })()').catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), PARK_MS)));
      const outcome = await Promise.race([cleared, late]);
      clearTimeout(timer);
      if (outcome === 'late') throw new Error('not reusable');
      await page.goto('about:blank', { timeout: PARK_MS });
      this.pages.delete(page); // from here on, anything it asks for is refused
      this.idle.push(page);
    } catch {
      this.pages.delete(page);
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
      // Nothing a page offers for download is written to disk.
      acceptDownloads: false,
    });
    await context.route('**/*', (route) => this.route(route).catch(() => undefined));
    // WebSockets never reach the network (nor would they: the browser's proxy does not exist); each attempt is counted.
    await context.routeWebSocket(/.*/, (ws) => {
      this.refuse('websocket');
      void ws.close({ code: 1008, reason: 'refused by the auditor' });
    });
    // Peer-to-peer channels are removed before any page script runs; an attempt to use one is counted.
    await context.exposeBinding('__atrAuditRefused', (_source, kind: unknown) => {
      if (kind === 'webrtc') this.refuse('webrtc');
    });
    await context.addInitScript(`(${REFUSE_CHANNELS})()`);
    if (this.consent.localStorage.length > 0) {
      // Before any page script runs, so a site reading its consent flag on load sees it.
      await context.addInitScript(`(() => { try { for (const [k, v] of ${JSON.stringify(this.consent.localStorage.map((i) => [i.key, i.value]))}) localStorage.setItem(k, v); } catch (e) {} })()`);
    }
    return context;
  }
}

/** The response's headers as the browser should see them: the body we pass on is already decoded. */
function bodyHeaders(res: HttpResponse): Record<string, string> {
  return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)));
}
