export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

/** The real clock: wall time and timers (tests pass their own). */
export const systemClock: Clock = {
  now: (): Date => new Date(),
  sleep: (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms)),
};

/**
 * Keeps a minimum gap between the end of one request and the start of the next to the same origin.
 * The crawler is sequential, so one request at a time per origin holds by construction; the gate
 * adds the delay (the larger of --delay and robots.txt Crawl-delay).
 */
export class OriginGate {
  private lastDone = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  async run<T>(origin: string, gapMs: number, request: () => Promise<T>): Promise<T> {
    const last = this.lastDone.get(origin);
    if (last !== undefined && gapMs > 0) {
      const wait = last + gapMs - this.clock.now().getTime();
      if (wait > 0) await this.clock.sleep(wait);
    }
    try {
      return await request();
    } finally {
      this.lastDone.set(origin, this.clock.now().getTime());
    }
  }
}

export const RETRY_AFTER_CAP_MS = 60_000;
const RETRY_AFTER_DEFAULT_MS = 5_000;

/** Retry-After as seconds or an HTTP date, in ms from now; missing or junk -> a modest default; capped. */
export function retryAfterMs(header: string | undefined, now: Date): number {
  if (header === undefined || header.trim() === '') return RETRY_AFTER_DEFAULT_MS;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const at = Date.parse(value);
    ms = Number.isNaN(at) ? RETRY_AFTER_DEFAULT_MS : at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}
