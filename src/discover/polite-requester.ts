import { FetchError, followRedirects, MAX_REDIRECTS, type HttpClient, type HttpResponse } from '../fetch/index.js';
import { OriginGate, retryAfterMs, type Clock } from './politeness.js';
import { originOf } from './site.js';

export const MAX_RETRIES = 2;

export interface RequesterOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** the gap for an origin: --delay, or robots Crawl-delay when larger */
  gapFor: (origin: string) => number;
  signal?: AbortSignal;
}

/**
 * Every request of the crawl goes through here. Redirects are followed hop by hop so each hop
 * passes the per-origin gate too; on 429/503 we wait Retry-After (capped) and try up to
 * MAX_RETRIES more times. The last response is returned as it is.
 */
export class PoliteRequester {
  private readonly gate: OriginGate;

  constructor(
    private readonly http: HttpClient,
    private readonly clock: Clock,
    private readonly options: RequesterOptions,
  ) {
    this.gate = new OriginGate(clock);
  }

  async get(url: string, followRedirect: (from: string, to: string) => boolean): Promise<HttpResponse> {
    // The client hands back a 3xx it did not follow with an absolute Location.
    const chain = await followRedirects(
      url,
      async (current) => {
        const res = await this.getOnce(current);
        const location = res.headers['location'];
        const follow = res.status >= 300 && res.status < 400 && location !== undefined && followRedirect(current, location);
        return { result: res, ...(follow ? { next: location } : {}) };
      },
      () => new FetchError('too-many-redirects', url, `more than ${MAX_REDIRECTS} redirects`),
    );
    return { ...chain.result, url, redirects: chain.redirects };
  }

  /**
   * Run another client's request (a browser page load) in this URL's per-origin slot, so --delay and
   * Crawl-delay hold between it and every HTTP request to the same origin.
   */
  inSlot<T>(url: string, task: () => Promise<T>): Promise<T> {
    const origin = originOf(url);
    return this.gate.run(origin, this.options.gapFor(origin), task);
  }

  /** One hop, never following redirects itself (the client hands back an absolute Location). */
  private async getOnce(url: string): Promise<HttpResponse> {
    const origin = originOf(url);
    for (let attempt = 0; ; attempt++) {
      const res = await this.gate.run(origin, this.options.gapFor(origin), () =>
        this.http.get(url, {
          userAgent: this.options.userAgent,
          timeoutMs: this.options.timeoutMs,
          maxBytes: this.options.maxBytes,
          followRedirect: () => false,
          ...(this.options.signal ? { signal: this.options.signal } : {}),
        }),
      );
      if ((res.status !== 429 && res.status !== 503) || attempt >= MAX_RETRIES) return res;
      await this.clock.sleep(retryAfterMs(res.headers['retry-after'], this.clock.now()));
    }
  }
}
