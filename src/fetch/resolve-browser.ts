import { existsSync } from 'node:fs';

/** Environment variable naming the browser executable (after --browser, before any search). */
export const BROWSER_ENV = 'ATR_AUDIT_BROWSER';

export type BrowserSource = 'option' | 'env' | 'playwright' | 'system';

export interface ResolvedBrowser {
  path: string;
  source: BrowserSource;
}

export interface BrowserResolution {
  browser?: ResolvedBrowser;
  /** every place looked, in order, for messages */
  tried: string[];
  /** set when nothing usable was found: what went wrong, in one line */
  reason?: string;
}

/** System Chromium/Chrome locations, Debian's `chromium` package first. */
export const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export interface ResolveInputs {
  option?: string;
  env?: NodeJS.ProcessEnv;
  /** the path a Playwright-installed Chromium would have (playwright-core's chromium.executablePath()) */
  playwrightPath?: () => string | undefined;
  platform?: string;
  exists?: (path: string) => boolean;
}

/**
 * Find a browser: --browser, then $ATR_AUDIT_BROWSER, then a browser Playwright installed, then
 * system Chromium/Chrome. A path the user named that does not exist is an answer ("not found"),
 * never silently replaced by another browser.
 */
export function resolveBrowser(inputs: ResolveInputs = {}): BrowserResolution {
  const exists = inputs.exists ?? existsSync;
  const env = inputs.env ?? process.env;
  const tried: string[] = [];
  const named: [string | undefined, BrowserSource, string][] = [
    [inputs.option, 'option', '--browser'],
    [env[BROWSER_ENV], 'env', BROWSER_ENV],
  ];
  for (const [path, source, label] of named) {
    if (!path) continue;
    tried.push(`${label}=${path}`);
    if (exists(path)) return { browser: { path, source }, tried };
    return { tried, reason: `no browser at ${path} (from ${label})` };
  }
  let pw: string | undefined;
  try {
    pw = inputs.playwrightPath?.();
  } catch {
    pw = undefined; // playwright-core throws when it has no browser registry for this platform
  }
  if (pw) {
    tried.push(pw);
    if (exists(pw)) return { browser: { path: pw, source: 'playwright' }, tried };
  }
  for (const path of SYSTEM_BROWSERS[inputs.platform ?? process.platform] ?? []) {
    tried.push(path);
    if (exists(path)) return { browser: { path, source: 'system' }, tried };
  }
  return { tried, reason: 'no Chromium or Chrome found' };
}

/** One line telling a user how to get a browser, for problems, the terminal and `doctor`. */
export function browserFixHint(): string {
  return `install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or point --browser / ${BROWSER_ENV} at a Chrome or Chromium executable`;
}
