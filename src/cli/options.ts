import { InvalidArgumentError } from 'commander';
import { createAddressGuard, createHttpClient, type HttpClient } from '../fetch/index.js';
import type { OrgType, RenderMode } from '../core/index.js';
import { auditOptions, type AuditOptions } from '../pipeline/index.js';
import { FORMATS, isFormat, type Format } from '../report/index.js';
import { consentFrom, type BrowserCliOptions } from './browser-options.js';

export const ALLOW_PRIVATE_HELP =
  'let the audit reach private, loopback and link-local addresses (a site on an intranet or this machine); ' +
  'off by default, so an audited site cannot lead the auditor into its own network';

/** The audit's HTTP client: public addresses only, unless --allow-private. */
export function httpClientFor(opts: { allowPrivate?: boolean }): HttpClient {
  return createHttpClient({ addresses: createAddressGuard({ allowPrivate: Boolean(opts.allowPrivate) }) });
}

/** The flags `audit` and `batch` share, as commander hands them over (batch has no browser flags). */
export interface AuditFlags extends Partial<Omit<BrowserCliOptions, 'render'>> {
  format: Format[];
  rules: string[];
  orgType: OrgType;
  maxPages: number;
  /** --patience: early stopping (audit and batch) */
  patience?: number;
  render: RenderMode;
  userAgent?: string;
  delay?: number;
  evidence?: string;
}

/** The one place command-line flags become the audit's options; what a flag leaves unset comes from AUDIT_DEFAULTS. */
export function auditOptionsFromFlags(flags: AuditFlags): AuditOptions {
  return auditOptions({
    formats: flags.format,
    rules: flags.rules,
    orgType: flags.orgType,
    maxPages: flags.maxPages,
    patience: flags.patience,
    render: flags.render,
    userAgent: flags.userAgent,
    delayMs: flags.delay,
    browser: flags.browser,
    screenshots: flags.screenshots,
    consent: consentFrom(flags),
    renderTimeoutMs: flags.renderTimeout,
    maxRenders: flags.maxRenders,
    evidence: flags.evidence,
  });
}

export function parseFormats(value: string): Format[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !isFormat(f));
  if (bad.length) throw new InvalidArgumentError(`unknown format ${bad.join(', ')}; choose from ${FORMATS.join(', ')}`);
  return [...new Set(list)] as Format[];
}

export function parseRules(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

export function parseIntOption(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** A score threshold: any number from 0 to 100 (50.5 is fine). */
export function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100');
  return n;
}
