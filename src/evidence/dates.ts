// Calendar dates as YYYY-MM-DD strings; arithmetic in whole UTC days, never local time.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-02-05` or UK `05/02/2026` (also `5/2/2026`) to `2026-02-05`; undefined when not a real date. */
export function parseDate(value: string): string | undefined {
  // A midnight time left by a spreadsheet export ("2026-02-05 00:00:00", "05/02/2026 00:00") is dropped.
  const v = value.trim().replace(/[ T]00:00(:00(\.0+)?)?Z?$/, '');
  let y: number, m: number, d: number;
  const a = ISO.exec(v);
  const b = UK.exec(v);
  if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else if (b) [y, m, d] = [Number(b[3]), Number(b[2]), Number(b[1])];
  else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return iso(y, m, d);
}

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The same date n months later; the last day of that month when it has no such date (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return iso(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Calendar months from a's month to b's month, both counted (Jan to Dec of one year = 12). */
export function monthsSpanned(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb * 12 + mb) - (ya * 12 + ma) + 1;
}
