// The audit's browser: resolved and configured from the audit config, started lazily on first use.
import {
  createBrowserRenderer,
  NO_CONSENT,
  playwrightChromiumPath,
  resolveBrowser,
  type ConsentOptions,
  type HttpClient,
  type PageRenderer,
  type ScreenshotMode,
} from '../fetch/index.js';

export interface BrowserConfig {
  render: 'auto' | 'never' | 'always';
  screenshots?: ScreenshotMode;
  /** --browser */
  browser?: string;
  consent?: ConsentOptions;
  /** per page, ms */
  renderTimeoutMs?: number;
  /** most pages rendered per audit */
  maxRenders?: number;
  userAgent?: string;
}

/**
 * Undefined when nothing in this audit wants a browser (render never and no screenshots). The
 * browser fetches everything through `http`, the audit's own guarded client.
 */
export async function openRenderer(config: BrowserConfig, http: HttpClient): Promise<PageRenderer | undefined> {
  const screenshots = config.screenshots ?? 'none';
  if (config.render === 'never' && screenshots === 'none') return undefined;
  const pw = await playwrightChromiumPath();
  const resolution = resolveBrowser({ option: config.browser, playwrightPath: () => pw });
  return createBrowserRenderer({
    resolution,
    consent: config.consent ?? NO_CONSENT,
    timeoutMs: config.renderTimeoutMs,
    maxPages: config.maxRenders,
    userAgent: config.userAgent,
    http,
  });
}
