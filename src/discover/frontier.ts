export interface FrontierItem {
  url: string;
  score: number;
  depth: number;
  anchorText?: string;
}

interface Entry extends FrontierItem {
  seq: number;
}

/**
 * Best-first queue: highest score first, ties by discovery order, so the same site always
 * crawls in the same order. A binary heap; frontiers of a few thousand URLs stay cheap.
 */
export class Frontier {
  private heap: Entry[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(item: FrontierItem): void {
    this.heap.push({ ...item, seq: this.seq++ });
    this.siftUp(this.heap.length - 1);
  }

  pop(): FrontierItem | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    const { seq: _seq, ...item } = top;
    return item;
  }

  private before(a: Entry, b: Entry): boolean {
    return a.score !== b.score ? a.score > b.score : a.seq < b.seq;
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i]!, h[parent]!)) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
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
