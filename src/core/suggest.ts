// "Did you mean ...?" for values a person typed: the closest known value within a small edit distance.

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** "Northern Ireland", "northern_ireland" -> "northern-ireland"; other text lower-cased and trimmed. */
export function normaliseNation(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

export function isNation(value: string): value is Nation {
  return (NATIONS as readonly string[]).includes(value);
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("walse" -> "wales"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `known` to `value` (case-insensitive), when it is near enough to be a typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(v, k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d > 0 && best.d <= Math.max(1, Math.floor(v.length / 3)) ? best.k : undefined;
}
