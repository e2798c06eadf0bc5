// The settings of one audit, declared once with their defaults. The CLI builds one AuditOptions
// from its flags (audit and batch alike), a batch list row may override a few of them for its
// site, and the stages read them from here: nothing else restates a default.
import { DEFAULT_USER_AGENT, type OrgType, type RenderMode } from '../core/index.js';
import { DEFAULT_PATIENCE } from '../discover/index.js';
import { NO_CONSENT, type ConsentOptions, type ScreenshotMode } from '../fetch/index.js';
import type { Format } from '../report/index.js';

export interface AuditOptions {
  formats: Format[];
  /** rule pack ids or folders; the first pack's words label the report */
  rules: string[];
  orgType: OrgType;
  /** crawl budget: pages fetched */
  maxPages: number;
  /** early stopping: pages in a row that add nothing before the crawl may stop (discover/early-stop.ts); 0: never */
  patience: number;
  render: RenderMode;
  userAgent: string;
  /** gap between requests to one origin; undefined: 1000 ms, or 0 for loopback hosts */
  delayMs?: number;
  /** --browser: the Chrome/Chromium executable */
  browser?: string;
  screenshots: ScreenshotMode;
  consent: ConsentOptions;
  /** per page in the browser, ms */
  renderTimeoutMs: number;
  /** most pages opened in the browser per audit */
  maxRenders: number;
  /** --evidence: the council's self-check folder (requests.csv, evaluation.csv, letters/, leaflets/...) */
  evidence?: string;
}

type Defaulted = Omit<AuditOptions, 'delayMs' | 'browser' | 'evidence'>;

export const AUDIT_DEFAULTS: Readonly<Defaulted> = Object.freeze<Defaulted>({
  formats: ['json', 'html'],
  rules: ['clearmark'],
  orgType: 'local-authority',
  maxPages: 200,
  patience: DEFAULT_PATIENCE,
  render: 'auto',
  userAgent: DEFAULT_USER_AGENT,
  screenshots: 'none',
  consent: NO_CONSENT,
  renderTimeoutMs: 20_000,
  maxRenders: 100,
});

/** What a row of a batch list may set for its own site, over the command line's options. */
export type SiteOverrides = Partial<Pick<AuditOptions, 'maxPages' | 'render' | 'orgType'>>;

/** Fills what is not given (undefined counts as not given) from AUDIT_DEFAULTS. */
export function auditOptions(given: Partial<AuditOptions> = {}): AuditOptions {
  return { ...AUDIT_DEFAULTS, ...definedOnly(given) };
}

/** One site's options in a batch: the batch's options with the list row's overrides on top. */
export function withOverrides(options: AuditOptions, overrides: SiteOverrides | undefined): AuditOptions {
  return { ...options, ...definedOnly(overrides ?? {}) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
