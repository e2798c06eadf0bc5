// The bundled list of bodies that hold childhood social care records (data/, see its README and
// provenance file). Read once, at the edge; inference itself is pure (infer.ts).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isNation, normaliseNation } from '../core/index.js';
import { parseCsv } from '../batch/csv-parse.js';
import type { BodyEntry } from './types.js';

export const BODY_LIST_FILE = fileURLToPath(new URL('../../data/uk-childrens-services-authorities.csv', import.meta.url));

/** The host of an address, lower-cased, without a leading "www.". */
export function bareHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Rows of a body list CSV (header code,name,nation,type,homepage); rows without a known nation or address are left out. */
export function parseBodyList(text: string): BodyEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = (name: string): number => header.fields.findIndex((f) => f.trim().toLowerCase() === name);
  const [code, name, nation, type, homepage] = ['code', 'name', 'nation', 'type', 'homepage'].map(col);
  const out: BodyEntry[] = [];
  for (const r of rows) {
    const n = normaliseNation(r.fields[nation!] ?? '');
    const host = bareHost(r.fields[homepage!] ?? '');
    if (!isNation(n) || !host) continue;
    out.push({ code: r.fields[code!] ?? '', name: r.fields[name!] ?? '', nation: n, type: r.fields[type!] ?? '', host });
  }
  return out;
}

let cached: BodyEntry[] | undefined;

/** The bundled list; empty when the file is not there (a trimmed install), so inference falls back to hints. */
export function bundledBodyList(): BodyEntry[] {
  if (!cached) cached = existsSync(BODY_LIST_FILE) ? parseBodyList(readFileSync(BODY_LIST_FILE, 'utf8')) : [];
  return cached;
}
