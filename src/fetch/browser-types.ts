// The browser stage's small interfaces: the crawler and the screenshot pass depend on these,
// never on playwright-core itself, so tests can pass fakes and a machine without Chromium still runs.

/** What to do with a cookie banner when one is found. */
export type ConsentChoice = 'accept' | 'reject' | 'none';

export interface ConsentOptions {
  choice: ConsentChoice;
  /** cookies set before any page loads, on every audited origin (e.g. a site's consent cookie) */
  cookies: { name: string; value: string }[];
  /** localStorage items set before page scripts run */
  localStorage: { key: string; value: string }[];
  /** CSS selectors clicked (when visible) after each page loads, before reading */
  click: string[];
}

export const NO_CONSENT: ConsentOptions = { choice: 'reject', cookies: [], localStorage: [], click: [] };

/**
 * How the page was read with respect to consent: 'after' when a banner was dismissed, a declared
 * cookie/storage item/selector was applied, or an earlier page in the same browser had consented;
 * 'before' when no consent step happened (the content was visible without it).
 */
export type ConsentTiming = 'before' | 'after';

export interface RenderedPage {
  /** the DOM after scripts, consent and expanding accordions, serialised */
  html: string;
  finalUrl: string;
  consent: ConsentTiming;
  /** accordions / <details> opened before reading */
  expanded: number;
}

export type ScreenshotMode = 'none' | 'evidence' | 'full';

/**
 * The crawl's politeness, lent to the browser so it obeys the same rules as the HTTP client.
 * Bound once per audit (PageRenderer.usePoliteness); it then covers rendering and screenshots.
 */
export interface BrowserPoliteness {
  /** may the browser request this URL at all: on the audited site and allowed by robots.txt */
  allow(url: string): boolean;
  /**
   * Run one page load in the crawl's per-origin slot for this URL: it starts only after --delay /
   * Crawl-delay has passed since the last request to that origin, and the next request waits for it.
   */
  slot<T>(url: string, load: () => Promise<T>): Promise<T>;
}

/** What a page tried and the browser refused: the audit reports the counts. */
export type BrowserRefusalKind = 'address' | 'webrtc' | 'websocket' | 'download' | 'popup' | 'method';
export type BrowserRefusals = Partial<Record<BrowserRefusalKind, number>>;

export interface PageRenderer {
  /** load the URL in the browser and return the rendered HTML; throws RenderError when it cannot */
  render(url: string): Promise<RenderedPage>;
  /** screenshot the region holding the quote, highlighted; false when the quote is not on the page */
  screenshot(url: string, quote: string, file: string, mode: Exclude<ScreenshotMode, 'none'>): Promise<boolean>;
  /** why the browser cannot be used, once known (not found, failed to start, crashed, budget spent) */
  unavailable(): string | undefined;
  /** pages rendered so far (screenshots not counted) */
  rendered(): number;
  /**
   * Every later page load (render and screenshot) asks `politeness` which requests it may make and
   * waits for its per-origin slot. Until bound, the browser loads only the page's own origin, ungated.
   */
  usePoliteness(politeness: BrowserPoliteness): void;
  /** what pages tried that the browser refused so far (WebRTC, WebSockets, downloads, popups, ...) */
  refusals(): BrowserRefusals;
  close(): Promise<void>;
}

/** A page the browser could not render; `reason` is shown in problems. */
export class RenderError extends Error {
  constructor(
    message: string,
    /** true when the browser itself is unusable (every later page will fail too) */
    readonly browserUnavailable: boolean,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * The browser was sent somewhere it may not go (another site, or a URL robots.txt disallows), by a
 * redirect or a script: nothing from there is kept and the page stays as served over HTTP.
 */
export class RenderRefused extends RenderError {
  constructor(
    message: string,
    /** where the browser was sent */
    readonly target: string,
  ) {
    super(message, false);
    this.name = 'RenderRefused';
  }
}
