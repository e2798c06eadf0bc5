import robotsParserModule from 'robots-parser';
import { isFetchError } from '../fetch/index.js';
import type { PoliteRequester } from './polite-requester.js';

/** robots.txt of one origin, reduced to what the crawler asks. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent (or *), in ms; 0 when none */
  crawlDelayMs: number;
  sitemaps: string[];
  /** say why the whole origin is off limits, when it is */
  note?: string;
  /** robots.txt was read in part (over its size or rule bound): what was left out */
  truncated?: string;
  /** robots.txt could not be fetched at all: the host is unreachable, not blocking us */
  unreachable?: { reason: 'timeout' | 'network-error' | 'refused'; message: string };
}

/** Absurd Crawl-delay values would stall an audit for hours; we still wait up to this long. */
export const CRAWL_DELAY_CAP_MS = 60_000;

// robots-parser is CommonJS (module.exports = fn) but its typings declare an ES default export;
// under NodeNext the default import is the function at run time, so only the type needs help.
interface RobotLike {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotLike;

/** Read this much of a robots.txt, as Google does (RFC 9309 asks for at least 500 KiB); the rest is ignored. */
export const MAX_ROBOTS_BYTES = 500 * 1024;
/**
 * robots-parser matches a rule against a path in time |rule| x |path|, for every rule, per URL: a
 * file of wildcard rules and a long URL took minutes. So: characters of allow/disallow patterns
 * kept (rules past this are ignored, like bytes past MAX_ROBOTS_BYTES), and URLs longer than
 * MAX_URL_CHECKED are not crawled at all (never a real page of a council site).
 */
export const MAX_RULE_CHARS = 64 * 1024;
export const MAX_URL_CHECKED = 2048;

/** The part of a robots.txt we match against: size and rule characters bounded, runs of '*' collapsed (same meaning). */
export function boundRobotsText(text: string): string {
  return boundRobots(text).text;
}

/** boundRobotsText, and what it left out in words (undefined when nothing). */
export function boundRobots(text: string): { text: string; cut?: string } {
  const head = text.length > MAX_ROBOTS_BYTES ? text.slice(0, text.lastIndexOf('\n', MAX_ROBOTS_BYTES) + 1) : text;
  let ruleChars = 0;
  let rulesDropped = 0;
  const out: string[] = [];
  for (const line of head.split(/\r\n|\r|\n/)) {
    const rule = /^\s*(allow|disallow)\s*:(.*)$/i.exec(line);
    if (!rule) {
      out.push(line);
      continue;
    }
    const pattern = (rule[2] ?? '').replace(/#.*/, '').trim().replace(/\*{2,}/g, '*');
    ruleChars += pattern.length;
    if (ruleChars > MAX_RULE_CHARS) {
      rulesDropped++;
      continue;
    }
    out.push(`${rule[1]}: ${pattern}`);
  }
  const cut = [
    head.length < text.length ? `robots.txt is ${text.length} characters: only the first ${head.length} were read` : '',
    rulesDropped > 0 ? `${rulesDropped} allow/disallow rules past the ${MAX_RULE_CHARS}-character rule budget were ignored` : '',
  ].filter(Boolean);
  return { text: out.join('\n'), ...(cut.length ? { cut: cut.join('; ') } : {}) };
}

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: 0, sitemaps: [] };

export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const bounded = boundRobots(text);
  const robots = robotsParser(robotsUrl, bounded.text);
  const delay = robots.getCrawlDelay(userAgent);
  const answers = new Map<string, boolean>();
  return {
    // robots-parser answers undefined for URLs of another origin; those are checked against their own file.
    isAllowed: (url) => {
      if (url.length > MAX_URL_CHECKED) return false;
      let allowed = answers.get(url);
      if (allowed === undefined) answers.set(url, (allowed = robots.isAllowed(url, userAgent) !== false));
      return allowed;
    },
    crawlDelayMs: delay !== undefined && Number.isFinite(delay) ? Math.min(Math.max(delay, 0) * 1000, CRAWL_DELAY_CAP_MS) : 0,
    sitemaps: robots.getSitemaps(),
    ...(bounded.cut ? { truncated: bounded.cut } : {}),
  };
}

/**
 * Loads robots.txt once per origin (RFC 9309): 4xx = no rules (allow all);
 * 5xx or unreachable = assume everything is disallowed, and say so.
 */
export class RobotsCache {
  private cache = new Map<string, RobotsRules>();

  constructor(
    private readonly requester: PoliteRequester,
    private readonly userAgent: string,
    private readonly isInSite: (url: string) => boolean,
  ) {}

  /** Already loaded (no request); undefined when this origin has not been asked yet. */
  peek(origin: string): RobotsRules | undefined {
    return this.cache.get(origin);
  }

  async forOrigin(origin: string): Promise<RobotsRules> {
    const known = this.cache.get(origin);
    if (known) return known;
    const rules = await this.load(origin);
    this.cache.set(origin, rules);
    return rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const url = `${origin}/robots.txt`;
    try {
      const res = await this.requester.get(url, (_from, to) => this.isInSite(to));
      if (res.status >= 200 && res.status < 300) return parseRobots(res.finalUrl, res.body.toString('utf8'), this.userAgent);
      if (res.status >= 300 && res.status < 500) return ALLOW_ALL;
      return disallowAll(`robots.txt answered HTTP ${res.status}, so the whole site is treated as disallowed`);
    } catch (err) {
      const why = isFetchError(err) ? err.message : String(err);
      const rules = disallowAll(`robots.txt could not be read (${why}), so the whole site is treated as disallowed`);
      if (!isFetchError(err) || err.kind === 'network' || err.kind === 'timeout' || err.kind === 'refused') {
        const reason = isFetchError(err) && (err.kind === 'timeout' || err.kind === 'refused') ? err.kind : 'network-error';
        rules.unreachable = { reason, message: why };
      }
      return rules;
    }
  }
}

function disallowAll(note: string): RobotsRules {
  return { isAllowed: () => false, crawlDelayMs: 0, sitemaps: [], note };
}
