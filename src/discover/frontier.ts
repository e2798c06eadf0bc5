export interface FrontierItem {
  url: string;
  score: number;
  depth: number;
  anchorText?: string;
}

interface Entry extends FrontierItem {
  seq: number;
  /** replaced by a promoted copy: skipped when it comes up */
  dead?: true;
}

export interface FrontierOptions {
  /** links found on the start page, taken first (best first) before going deep; default 30 */
  sweep?: number;
  /**
   * pages a section may take before its links are worth half as much (then a third, ...): one
   * big section sharing our words (adult social care, archives) cannot spend the whole budget
   * while other sections wait. Default 8.
   */
  sectionHalfLife?: number;
}

const DEFAULT_SWEEP = 30;
const DEFAULT_HALF_LIFE = 8;
/** Leading path segments that say nothing about the section (languages, CMS prefixes). */
const NEUTRAL_SEGMENT = /^(en|cy|gd|ga|en-gb|site|sites|web|www|content|pages?|index\.\w+)$/i;

/**
 * Where a URL sits on the site: its host and first meaningful path segment
 * ("council.gov.uk/adult-social-care"). Not a URL: the whole string.
 */
export function sectionOf(url: string): string {
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/').filter(Boolean);
    const first = segments.find((s) => !NEUTRAL_SEGMENT.test(s)) ?? '';
    return `${u.host}/${first.toLowerCase()}`;
  } catch {
    return url;
  }
}

/**
 * The crawl's queue: best first, with breadth and fairness.
 * 1. Sweep: the start page's links (its navigation and hubs) come first, best first, up to `sweep`.
 * 2. Then best first across sections, each section's links discounted by the pages it already took
 *    (score / (1 + taken / halfLife)), so the budget spreads over every promising section.
 * Ties go in discovery order, so the same site always crawls in the same order.
 */
export class Frontier {
  private readonly sweepHeap = new Heap();
  private readonly sections = new Map<string, Heap>();
  private readonly taken = new Map<string, number>();
  private readonly sweepLimit: number;
  private readonly halfLife: number;
  private swept = 0;
  private seq = 0;
  private count = 0;
  /** waiting entries by URL, so a link can be promoted */
  private readonly waiting = new Map<string, Entry>();

  constructor(options: FrontierOptions = {}) {
    this.sweepLimit = options.sweep ?? DEFAULT_SWEEP;
    this.halfLife = options.sectionHalfLife ?? DEFAULT_HALF_LIFE;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The highest score of any waiting link, before any section discount (-Infinity when empty):
   * what the early-stopping rule compares against the pages that found nothing.
   */
  bestScore(): number {
    let best = this.sweepHeap.peek()?.score ?? Number.NEGATIVE_INFINITY;
    for (const heap of this.sections.values()) best = Math.max(best, heap.peek()?.score ?? Number.NEGATIVE_INFINITY);
    return best;
  }

  /** Whether this URL is waiting in the queue. */
  has(url: string): boolean {
    return this.waiting.has(url);
  }

  /**
   * Raises a waiting link's score (a page that held evidence links to it). The old entry is left
   * in its heap, marked dead, and a copy with the new score takes its place. False when the URL is
   * not waiting or already scores as much.
   */
  promote(url: string, score: number): boolean {
    const old = this.waiting.get(url);
    if (!old || old.score >= score) return false;
    old.dead = true;
    this.count--;
    const { seq: _seq, dead: _dead, ...item } = old;
    this.push({ ...item, score });
    return true;
  }

  push(item: FrontierItem): void {
    const entry: Entry = { ...item, seq: this.seq++ };
    this.count++;
    this.waiting.set(item.url, entry);
    if (item.depth <= 1 && item.score >= 0 && this.swept < this.sweepLimit) return this.sweepHeap.push(entry);
    this.heapFor(sectionOf(item.url)).push(entry);
  }

  pop(): FrontierItem | undefined {
    const entry = this.popSweep() ?? this.popBestSection();
    if (entry === undefined) return undefined;
    this.count--;
    this.waiting.delete(entry.url);
    const section = sectionOf(entry.url);
    this.taken.set(section, (this.taken.get(section) ?? 0) + 1);
    const { seq: _seq, dead: _dead, ...item } = entry;
    return item;
  }

  private popSweep(): Entry | undefined {
    if (this.swept >= this.sweepLimit) {
      // The sweep is over: what it still held waits with everything else.
      for (let e = this.sweepHeap.pop(); e; e = this.sweepHeap.pop()) this.heapFor(sectionOf(e.url)).push(e);
      return undefined;
    }
    const entry = this.sweepHeap.pop();
    if (entry) this.swept++;
    return entry;
  }

  private popBestSection(): Entry | undefined {
    let best: { heap: Heap; entry: Entry; value: number } | undefined;
    for (const [section, heap] of this.sections) {
      const top = heap.peek();
      if (!top) continue;
      const value = this.discounted(top.score, this.taken.get(section) ?? 0);
      if (!best || value > best.value || (value === best.value && top.seq < best.entry.seq)) best = { heap, entry: top, value };
    }
    return best?.heap.pop();
  }

  /** Infinity (the start URL) stays first; a negative score sinks further as its section fills. */
  private discounted(score: number, taken: number): number {
    const factor = 1 + taken / this.halfLife;
    return score >= 0 ? score / factor : score * factor;
  }

  private heapFor(section: string): Heap {
    let heap = this.sections.get(section);
    if (!heap) this.sections.set(section, (heap = new Heap()));
    return heap;
  }
}

/** A binary max-heap on score, ties by discovery order. */
class Heap {
  private items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The best live entry; dead ones (promoted elsewhere) are dropped on the way. */
  peek(): Entry | undefined {
    while (this.items[0]?.dead) this.take();
    return this.items[0];
  }

  push(entry: Entry): void {
    this.items.push(entry);
    this.siftUp(this.items.length - 1);
  }

  pop(): Entry | undefined {
    this.peek();
    return this.take();
  }

  private take(): Entry | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(a: Entry, b: Entry): boolean {
    return a.score !== b.score ? a.score > b.score : a.seq < b.seq;
  }

  private siftUp(i: number): void {
    const h = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i]!, h[parent]!)) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < h.length && this.before(h[l]!, h[best]!)) best = l;
      if (r < h.length && this.before(h[r]!, h[best]!)) best = r;
      if (best === i) return;
      [h[i], h[best]] = [h[best]!, h[i]!];
      i = best;
    }
  }
}
