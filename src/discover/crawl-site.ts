import { sha256, type FetchedResource } from '../core/index.js';
import { isFetchError, isUnsupportedDocument, sniffKind, type HttpResponse } from '../fetch/index.js';
import { decodeHtml } from '../extract/index.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type CrawlDeps,
  type CrawlOptions,
  type CrawlResult,
  type EarlyStop,
  type EvidenceSignal,
} from './crawl-types.js';
import { EarlyStopRule } from './early-stop.js';
import { isNearEvidence } from './near-evidence.js';
import { Frontier, type FrontierItem } from './frontier.js';
import { Ledger } from './ledger.js';
import { isObviousNonDocument } from './non-document.js';
import { tryNormaliseUrl } from './normalise-url.js';
import { MAX_RETRIES, PoliteRequester } from './polite-requester.js';
import { RobotsCache } from './robots.js';
import { NO_FOCUS, ownLinkScore, scoreLink, type LinkFocus } from './score-link.js';
import { findSearchForm, searchUrl } from './search-form.js';
import { siteNameFrom } from './site-name.js';
import { isSameSite, originOf, registrableDomain, siteKey } from './site.js';
import { MAX_SITEMAP_FILES, readSitemaps } from './sitemaps.js';
import { RENDERED_CONTENT_TYPE, renderBody, renderUnavailableMessage, wantsBrowser } from './render-step.js';

/** Focused, polite, same-site crawl from one start URL. Never throws for anything the site does. */
export async function crawlSite(options: CrawlOptions, deps: CrawlDeps): Promise<CrawlResult> {
  return new SiteCrawler(options, deps).run();
}

const START_PRIORITY = Number.POSITIVE_INFINITY;
/**
 * Site-search results pages: read in the first sweep, scored like a link whose text names the
 * subject (their links inherit a fifth of it, as from any page).
 */
const SEARCH_SCORE = 5;

class SiteCrawler {
  private site: string;
  private start: string;
  private readonly focus: LinkFocus;
  private readonly ledger = new Ledger();
  private readonly frontier: Frontier;
  /** every URL discovered so far (in the frontier or in the ledger): dedupe before the ledger */
  private readonly seen = new Set<string>();
  /** origins whose robots.txt was read in part, already recorded as a problem */
  private readonly robotsCutNoted = new Set<string>();
  /** final URLs already fetched, so a redirect onto a known page is not read twice */
  private readonly fetchedFinals = new Set<string>();
  private readonly hashes = new Set<string>();
  private readonly resources: FetchedResource[] = [];
  private readonly requester: PoliteRequester;
  private readonly robots: RobotsCache;
  private fetched = 0;
  /** what the budget left unfetched, with the link score each had when it was skipped */
  private readonly unvisited: Array<{ url: string; score: number }> = [];
  private siteName: string | undefined;
  private readonly stopRule: EarlyStopRule | undefined;
  /** links beside a page that held evidence, still waiting: the crawl does not stop early while any wait */
  private readonly nearEvidence = new Set<string>();
  /** what such a link gains: as if its text named the subject itself (the pack's strongest follow weight) */
  private readonly nearEvidenceBonus: number;
  private stoppedEarly: EarlyStop | undefined;
  /** what the page being handled added to the verdicts; undefined when it was not read */
  private pageSignal: EvidenceSignal | undefined;
  /** every criterion is met (the last document's signal) */
  private settled = false;

  constructor(
    private readonly options: CrawlOptions,
    private readonly deps: CrawlDeps,
  ) {
    const start = tryNormaliseUrl(options.startUrl);
    if (start === undefined) throw new TypeError(`start URL must be http(s): ${options.startUrl}`);
    this.start = start;
    this.site = siteKey(start);
    this.focus = options.focus ?? NO_FOCUS;
    // The start page's links first, but never more than a sixth of a small budget.
    this.frontier = new Frontier({ sweep: Math.min(30, Math.ceil(options.maxPages / 6)) });
    this.stopRule = options.patience && deps.onDocument ? new EarlyStopRule(options.patience) : undefined;
    this.nearEvidenceBonus = Math.max(0, ...this.focus.follow.map(([, weight]) => weight));
    this.requester = new PoliteRequester(deps.http, deps.clock, {
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      gapFor: (origin) => Math.max(options.delayMs, this.robots.peek(origin)?.crawlDelayMs ?? 0),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    this.robots = new RobotsCache(this.requester, options.userAgent, (url) => this.inSite(url));
    // The browser (render and, later, evidence screenshots) obeys the crawl's rules and per-origin gap.
    deps.renderer?.usePoliteness({ allow: (url) => this.browserMayLoad(url), slot: (url, load) => this.requester.inSlot(url, load) });
  }

  /**
   * What the browser may request: in-site URLs that robots.txt allows. An origin whose robots.txt
   * the crawl has not read yet is refused (the check must be synchronous; pages are only rendered
   * on origins already read, so this only stops sub-resources from other in-site hosts).
   */
  private browserMayLoad(url: string): boolean {
    try {
      return this.inSite(url) && this.robots.peek(originOf(url))?.isAllowed(url) === true;
    } catch {
      return false;
    }
  }

  async run(): Promise<CrawlResult> {
    this.discover(this.start, START_PRIORITY, 0);
    const startItem = this.frontier.pop();
    if (startItem) await this.visit(startItem);
    // A home page that moved to another host: read the new home page before sitemaps.
    const movedItem = this.movedTo !== undefined && this.resources.length === 0 ? this.frontier.pop() : undefined;
    if (movedItem) await this.visit(movedItem);
    // A start page that cannot be read means the site could not be audited: stop before sitemaps
    // so the result has nothing assessed (the CLI turns that into exit code 3).
    if (this.resources.length > 0) await this.seedFromSitemaps();
    for (let item = this.frontier.pop(); item; item = this.frontier.pop()) {
      await this.visit(item);
    }
    const sources = this.ledger.sorted();
    // Every discovered URL must have ended in the ledger; anything else is a bug here.
    if (sources.length !== this.seen.size - this.foldedRedirects) {
      throw new Error(`ledger has ${sources.length} rows for ${this.seen.size - this.foldedRedirects} discovered URLs`);
    }
    return {
      resources: this.resources,
      sources,
      problems: this.ledger.problems,
      siteName: this.siteName,
      unvisited: this.unvisited,
      ...(this.stoppedEarly ? { stoppedEarly: this.stoppedEarly } : {}),
    };
  }

  /** in-site redirect targets are recorded as the finalUrl of the row that led there, not as rows */
  private foldedRedirects = 0;
  /** the site's own search was asked already */
  private searched = false;
  /** where the start page sent us when the site moved to another host */
  private movedTo: string | undefined;

  private inSite(url: string): boolean {
    return isSameSite(url, this.site);
  }

  private discover(rawUrl: string, score: number, depth: number, anchorText?: string, ownScore = score): void {
    const url = tryNormaliseUrl(rawUrl);
    if (url === undefined) return; // mailto:, tel:, javascript: are never discovered
    if (this.seen.has(url)) {
      // A waiting URL is worth its best link's own words: a sitemap entry (no words) that a page then
      // links as "Download the procedure (PDF)" moves up; navigation repeated on a good page does not.
      this.frontier.promote(url, ownScore);
      return;
    }
    this.seen.add(url);
    if (!this.inSite(url)) return this.ledger.skip(url, 'off-site');
    if (isObviousNonDocument(url)) return this.ledger.skip(url, 'not-a-document');
    this.frontier.push({ url, score, depth, anchorText });
  }

  private async seedFromSitemaps(): Promise<void> {
    const origin = originOf(this.start);
    const robots = await this.robots.forOrigin(origin);
    if (robots.note) return; // the whole origin is off limits; the start URL will say so
    const named = robots.sitemaps.map((url) => ({ url, explicit: true }));
    const start = named.length > 0 ? named : [{ url: `${origin}/sitemap.xml`, explicit: false }];
    const rankByWords = (url: string): number => scoreLink({ url, text: '', context: '' }, { url: '', relevance: 0 }, this.focus);
    const read = await readSitemaps(start, this.requester, (url) => this.inSite(url), rankByWords);
    read.problems.forEach((p) => this.ledger.problem(p));
    if (read.filesLeft > 0) {
      // Where we looked: the unread part of a large sitemap index is said, not silently dropped.
      this.ledger.problem({ url: start[0]!.url, kind: 'too-large', message: `${read.filesLeft} sitemap files listed by the site's sitemap index were not read (limit ${MAX_SITEMAP_FILES} files, those whose addresses matched best read first)` });
    }
    for (const url of read.pageUrls) {
      // Sitemap entries have only their URL words to go on; weak ones simply wait their turn.
      this.discover(url, rankByWords(url), 1);
    }
  }

  private async visit(item: FrontierItem): Promise<void> {
    const { url } = item;
    this.nearEvidence.delete(url);
    if (this.fetchedFinals.has(url)) return this.ledger.skip(url, 'duplicate');
    // Not the budget: nothing better was waiting (early-stop.ts), so these are not "unvisited promising".
    if (this.stoppedEarly) return this.ledger.skip(url, 'stopped-early');
    if (this.fetched >= this.options.maxPages) {
      this.unvisited.push({ url, score: item.score });
      return this.ledger.skip(url, 'budget');
    }
    if (this.options.signal?.aborted) return this.ledger.skip(url, 'stopped');
    const robots = await this.robots.forOrigin(originOf(url));
    if (robots.truncated && !this.robotsCutNoted.has(originOf(url))) {
      this.robotsCutNoted.add(originOf(url));
      this.ledger.problem({ url: `${originOf(url)}/robots.txt`, kind: 'too-large', message: robots.truncated });
    }
    if (robots.unreachable) {
      // The host did not answer at all: that is a failure to reach it, not a robots.txt block.
      this.ledger.fail(url, robots.unreachable.reason);
      return this.ledger.problem({ url, kind: robots.unreachable.reason, message: `the site could not be reached: ${robots.unreachable.message}` });
    }
    if (!robots.isAllowed(url)) return this.blockedByRobots(url, robots.note);

    this.fetched++;
    let res: HttpResponse;
    try {
      res = await this.requester.get(url, (_from, to) => this.inSite(to) && (this.robots.peek(originOf(to))?.isAllowed(to) ?? true));
    } catch (err) {
      this.failFromError(url, err);
      this.afterPage(item, undefined);
      return;
    } finally {
      this.options.onProgress?.({ fetched: this.fetched, queued: this.frontier.size, url });
    }
    this.pageSignal = undefined;
    await this.handleResponse(item, res);
    this.afterPage(item, this.pageSignal);
  }

  /** Feeds the early-stopping rule one fetched page; failed fetches land here too, with no signal. */
  private afterPage(item: FrontierItem, signal: EvidenceSignal | undefined): void {
    if (!this.stopRule) return;
    if (signal) this.settled = signal.settled;
    this.stopRule.observe(item.score, signal);
    // The budget's end is the budget's business: an early stop must leave budget unspent.
    if (this.fetched < this.options.maxPages) this.stoppedEarly = this.stopRule.check({ bestWaiting: this.frontier.bestScore(), settled: this.settled, nearEvidenceWaiting: this.nearEvidence.size });
  }

  /** The home page redirects to another host of its domain (www. to a new subdomain): audit that site instead, once. */
  private followMovedSite(url: string, target: string, status: number): void {
    this.movedTo = target;
    this.ledger.skip(url, 'redirect-off-site', { finalUrl: target, status });
    this.ledger.problem({ url, kind: 'http-error', message: `the start page redirects to another site (${target}); auditing that site instead` });
    this.site = siteKey(target);
    this.start = tryNormaliseUrl(target) ?? target;
    this.discover(target, START_PRIORITY, 0);
  }

  /**
   * The home page's search form, asked for the pack's search terms: the results are read like any
   * page (when robots.txt allows them), and their links are scored as usual. Real council sites
   * bury the records page; their own search often finds it in one step.
   */
  private askSiteSearch(html: string, pageUrl: string): void {
    if (this.focus.search.length === 0 || this.searched) return;
    const form = findSearchForm(html, pageUrl);
    if (!form || !this.inSite(form.action)) return;
    this.searched = true;
    for (const term of this.focus.search) this.discover(searchUrl(form, term), SEARCH_SCORE, 1);
  }

  private blockedByRobots(url: string, note?: string): void {
    this.ledger.skip(url, 'robots');
    this.ledger.problem({ url, kind: 'blocked-by-robots', message: note ?? 'robots.txt disallows this URL for our user agent' });
  }

  private failFromError(url: string, err: unknown): void {
    if (!isFetchError(err)) {
      this.ledger.fail(url, 'network-error');
      this.ledger.problem({ url, kind: 'network-error', message: err instanceof Error ? err.message : String(err) });
      return;
    }
    const reason = err.kind === 'network' ? 'network-error' : err.kind;
    const kind = err.kind === 'too-many-redirects' ? 'http-error' : err.kind === 'network' ? 'network-error' : err.kind;
    this.ledger.fail(url, reason);
    this.ledger.problem({ url, kind, message: err.message });
  }

  /** Records the response; for a document read, keeps what it added to the verdicts in pageSignal (deps.onDocument). */
  private async handleResponse(item: FrontierItem, res: HttpResponse): Promise<void> {
    const { url } = item;
    const status = res.status;
    if (status >= 300 && status < 400) {
      const location = res.headers['location'];
      const target = location === undefined ? undefined : safeResolve(location, url);
      if (target !== undefined && !this.inSite(target)) {
        if (item.depth === 0 && this.resources.length === 0 && this.movedTo === undefined) {
          // A council that moved within its own domain is followed; a start page sending us to
          // another domain (or an address) could be leading the auditor anywhere: recorded, not followed.
          if (registrableDomain(target) === registrableDomain(url)) return this.followMovedSite(url, target, status);
          this.ledger.skip(url, 'redirect-off-site', { finalUrl: target, status });
          return this.ledger.problem({
            url,
            kind: 'refused',
            message: `the start page redirects to ${target}, outside ${registrableDomain(url)}; not followed. If that is the organisation's new site, audit it directly`,
          });
        }
        // Off-site redirect: recorded, not followed.
        return this.ledger.skip(url, 'redirect-off-site', { finalUrl: location, status });
      }
      // An in-site redirect the client did not follow: its target's host was refused or robots.txt forbids it.
      const rules = target === undefined ? undefined : this.robots.peek(originOf(target));
      if (rules?.unreachable?.reason === 'refused') {
        this.ledger.fail(url, 'refused', { status, finalUrl: target });
        return this.ledger.problem({ url, kind: 'refused', message: `redirects to ${target}, which was refused: ${rules.unreachable.message}` });
      }
      if (target !== undefined && rules && !rules.isAllowed(target)) return this.blockedByRobots(url, rules.note);
      this.ledger.fail(url, `http-${status}`, { status });
      return this.ledger.problem({ url, kind: 'http-error', message: `HTTP ${status} without a usable Location` });
    }
    if (status < 200 || status >= 300) {
      this.ledger.fail(url, `http-${status}`, { status, finalUrl: res.finalUrl });
      const retried = status === 429 || status === 503 ? ` (after ${MAX_RETRIES} retries)` : '';
      return this.ledger.problem({ url, kind: 'http-error', message: `HTTP ${status}${retried}` });
    }

    const finalUrl = tryNormaliseUrl(res.finalUrl) ?? res.finalUrl;
    if (finalUrl !== url) {
      if (this.fetchedFinals.has(finalUrl)) return this.ledger.skip(url, 'duplicate', { finalUrl, status });
      const finalRobots = await this.robots.forOrigin(originOf(finalUrl));
      if (!finalRobots.isAllowed(finalUrl)) return this.blockedByRobots(url, finalRobots.note);
      if (!this.seen.has(finalUrl)) {
        this.seen.add(finalUrl);
        this.foldedRedirects++;
      }
    }
    this.fetchedFinals.add(finalUrl);

    const contentType = res.headers['content-type'] ?? '';
    const kind = sniffKind(contentType, res.body);
    if (kind === undefined) {
      if (isUnsupportedDocument(contentType, res.body)) {
        this.ledger.problem({ url, kind: 'unsupported-type', message: `a document this version cannot read (${contentType || 'no Content-Type'}); a PDF or Word (.docx) copy would be read` });
        return this.ledger.skip(url, 'unsupported-type', { finalUrl, status });
      }
      return this.ledger.skip(url, 'not-a-document', { finalUrl, status });
    }
    // A page that may go to the browser is deduplicated on what is finally read (script shells
    // of different pages are often byte-identical).
    const mayRender = kind === 'html' && this.options.render !== 'never' && this.deps.renderer !== undefined && this.deps.renderer.unavailable() === undefined;
    const httpHash = sha256(res.body);
    if (!mayRender && this.hashes.has(httpHash)) return this.ledger.skip(url, 'duplicate', { finalUrl, status, contentHash: httpHash });

    const base = {
      url,
      // as fetched, not normalised: relative links on the page resolve against it ("/a/" vs "/a")
      finalUrl: res.finalUrl,
      status,
      contentType,
      kind,
      fetchedAt: this.deps.clock.now().toISOString(),
      depth: item.depth,
      relevance: item.depth === 0 ? 0 : item.score,
      ...(item.anchorText ? { anchorText: item.anchorText } : {}),
    };
    const asServed: FetchedResource = { ...base, contentHash: httpHash, bytes: res.body.length, fetchedWith: 'http' };
    let resource = asServed;
    let body = res.body;
    let renderProblem: string | undefined;
    let doc;
    try {
      if (kind === 'html' && this.options.render === 'always') {
        doc = undefined; // rendered below without reading the served HTML first
      } else {
        doc = await this.deps.extract(asServed, res.body);
      }
      if (kind === 'html' && wantsBrowser(this.options.render, doc?.looksScriptBuilt ?? true)) {
        const rendered = this.deps.renderer ? await renderBody(this.deps.renderer, res.finalUrl) : { failed: 'no browser' };
        if ('failed' in rendered) {
          renderProblem = rendered.failed;
          if ('refused' in rendered) this.ledger.problem({ url, kind: 'http-error', message: rendered.failed });
        } else {
          body = rendered.body;
          const contentHash = sha256(body);
          resource = { ...base, contentType: RENDERED_CONTENT_TYPE, contentHash, bytes: body.length, fetchedWith: 'browser', httpContentHash: httpHash, consent: rendered.consent };
          doc = undefined;
        }
      }
      if (this.hashes.has(resource.contentHash)) return this.ledger.skip(url, 'duplicate', { finalUrl, status, contentHash: resource.contentHash });
      doc ??= await this.deps.extract(resource, body);
    } catch (err) {
      this.ledger.fail(url, 'parse-error', { finalUrl, status, kind });
      return this.ledger.problem({ url, kind: 'parse-error', message: err instanceof Error ? err.message : String(err) });
    }
    await this.deps.bodies.put(resource.contentHash, body);
    this.hashes.add(resource.contentHash);
    this.resources.push(resource);
    this.ledger.record({
      url,
      outcome: 'assessed',
      finalUrl,
      status,
      kind,
      fetchedWith: resource.fetchedWith,
      contentHash: resource.contentHash,
      bytes: resource.bytes,
      depth: item.depth,
    });

    if (kind === 'html' && resource.fetchedWith === 'http' && doc.looksScriptBuilt) {
      const why = this.options.render === 'never' ? undefined : (renderProblem ?? this.deps.renderer?.unavailable() ?? 'no browser was set up');
      this.ledger.problem({ url, kind: 'render-unavailable', message: renderUnavailableMessage(this.options.render, why) });
    }
    if (kind === 'html' && (this.siteName === undefined || item.depth === 0)) {
      const html = decodeHtml(res.body, contentType);
      this.siteName ??= siteNameFrom(html, doc.title);
      if (item.depth === 0) this.askSiteSearch(html, res.finalUrl);
    }

    if (this.stopRule) this.pageSignal = await this.deps.onDocument?.(resource, doc);
    const page = { url: finalUrl, relevance: resource.relevance };
    const heldEvidence = this.pageSignal?.matched === true && item.depth > 0;
    for (const link of doc.links) {
      const score = scoreLink(link, page, this.focus);
      if (heldEvidence && isNearEvidence(link.url, finalUrl)) this.discoverNearEvidence(link.url, Math.max(score, item.score) + this.nearEvidenceBonus, item.depth + 1, link.text || undefined);
      else this.discover(link.url, score, item.depth + 1, link.text || undefined, ownLinkScore(link, this.focus));
    }
  }

  /** A link beside evidence: queued (or raised, if already waiting) above its own words' score, and tracked until read. */
  private discoverNearEvidence(rawUrl: string, score: number, depth: number, anchorText?: string): void {
    const url = tryNormaliseUrl(rawUrl);
    if (url === undefined) return;
    if (this.seen.has(url)) {
      if (this.frontier.promote(url, score)) this.nearEvidence.add(url);
      return;
    }
    this.discover(url, score, depth, anchorText);
    if (this.frontier.has(url)) this.nearEvidence.add(url);
  }
}

function safeResolve(location: string, base: string): string | undefined {
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}
