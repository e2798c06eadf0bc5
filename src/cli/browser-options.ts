// Options of `audit` about the browser: rendering, screenshots, consent banners.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { BROWSER_ENV, NO_CONSENT, type ConsentChoice, type ConsentOptions, type ScreenshotMode } from '../fetch/index.js';
import type { RenderMode } from '../core/index.js';
import { AUDIT_DEFAULTS } from '../pipeline/index.js';
import { parseIntOption } from './options.js';

export interface BrowserCliOptions {
  render: RenderMode;
  browser?: string;
  screenshots?: ScreenshotMode;
  consent: ConsentChoice;
  consentCookie: { name: string; value: string }[];
  consentStorage: { key: string; value: string }[];
  consentClick: string[];
  renderTimeout: number;
  maxRenders: number;
}

/** "name=value", repeatable. */
function pairCollector<K extends string>(keyName: K, label: string) {
  return (value: string, previous: Record<K | 'value', string>[] = []): Record<K | 'value', string>[] => {
    const at = value.indexOf('=');
    if (at <= 0) throw new InvalidArgumentError(`expected ${label}=value`);
    return [...previous, { [keyName]: value.slice(0, at).trim(), value: value.slice(at + 1) } as Record<K | 'value', string>];
  };
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addBrowserOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--render <mode>', 'auto: open pages that look built by script in a browser; always: every HTML page; never: no browser').choices(['auto', 'never', 'always']).default(AUDIT_DEFAULTS.render),
    )
    .option('--browser <path>', `Chrome/Chromium executable (else $${BROWSER_ENV}, a Playwright-installed Chromium, then /usr/bin/chromium and other usual places)`)
    .addOption(new Option('--screenshots <mode>', 'evidence: the quoted region highlighted; full: whole page highlighted; none (default evidence, none with --render never)').choices(['none', 'evidence', 'full']))
    .addOption(new Option('--consent <choice>', 'what to click on a cookie banner').choices(['reject', 'accept', 'none']).default(AUDIT_DEFAULTS.consent.choice))
    .option('--consent-cookie <name=value>', 'set this cookie before loading pages (repeatable), e.g. a site\u2019s consent cookie', pairCollector('name', 'name'))
    .option('--consent-storage <key=value>', 'set this localStorage item before page scripts run (repeatable)', pairCollector('key', 'key'))
    .option('--consent-click <selector>', 'click this CSS selector when visible after each page loads (repeatable)', collect)
    .option('--render-timeout <ms>', 'time limit per page in the browser', parseIntOption(1000, 600_000), AUDIT_DEFAULTS.renderTimeoutMs)
    .option('--max-renders <n>', 'most pages opened in the browser per audit', parseIntOption(1, 100_000), AUDIT_DEFAULTS.maxRenders);
}

export function consentFrom(opts: Partial<BrowserCliOptions>): ConsentOptions {
  return {
    choice: opts.consent ?? NO_CONSENT.choice,
    cookies: opts.consentCookie ?? [],
    localStorage: opts.consentStorage ?? [],
    click: opts.consentClick ?? [],
  };
}

/** Screenshots default to the quoted region whenever a browser may be used. */
export function screenshotModeFrom(opts: Partial<BrowserCliOptions>): ScreenshotMode {
  return opts.screenshots ?? (opts.render === 'never' ? 'none' : 'evidence');
}
