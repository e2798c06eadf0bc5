export type { BodyStore, HttpClient, HttpGetOptions, HttpResponse } from './types.js';
export { createHttpClient } from './http-client.js';
export { FetchError, isFetchError, type FetchErrorKind } from './fetch-error.js';
export { sniffKind, isUnsupportedDocument, mediaType } from './sniff-kind.js';
export { createDirBodyStore, createMemoryBodyStore } from './body-store.js';
export { createBrowserRenderer, type BrowserRendererOptions } from './browser-renderer.js';
export { resolveBrowser, browserFixHint, BROWSER_ENV, SYSTEM_BROWSERS, type BrowserResolution, type ResolvedBrowser } from './resolve-browser.js';
export { LAUNCH_FLAGS, launchChromium, launchOptions, playwrightChromiumPath, proxyFromEnv } from './browser-launch.js';
export { NO_CONSENT, RenderError, RenderRefused, type BrowserPoliteness, type ConsentChoice, type ConsentOptions, type ConsentTiming, type PageRenderer, type RenderedPage, type ScreenshotMode } from './browser-types.js';
