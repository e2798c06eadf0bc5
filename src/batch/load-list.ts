// Reads a batch list (CSV with a header, or YAML: a list, or { defaults, sites }) into BatchSites.
// Every problem is a UsageError naming the line, so a bad list is exit 2 with a pointer.
import { extname } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { NATIONS, readDataFile, UsageError, closest, isNation, normaliseNation, type OrgType } from '../core/index.js';
import { parseCsv } from './csv-parse.js';
import { listEntrySchema, type BatchSite, type ListEntry } from './site-list.js';
import { baseSlug, uniqueSlugs } from './slugs.js';

const COLUMNS = ['homepage', 'url', 'name', 'code', 'nation', 'type', 'org_type', 'slug', 'max_pages', 'render'];

interface RawEntry {
  line: number;
  value: Record<string, unknown>;
}

export function loadSiteList(path: string, defaultOrgType: OrgType = 'local-authority'): BatchSite[] {
  let text: string;
  try {
    text = readDataFile(path, 'the list');
  } catch (e) {
    throw new UsageError((e as Error).message, 'give a CSV or YAML file of sites');
  }
  const ext = extname(path).toLowerCase();
  const raw = ext === '.yaml' || ext === '.yml' ? yamlEntries(text, path) : csvEntries(text, path);
  return parseList(raw, path, defaultOrgType);
}

export function parseList(raw: RawEntry[], path: string, defaultOrgType: OrgType): BatchSite[] {
  if (raw.length === 0) throw new UsageError(`the list ${path} has no sites`);
  const problems: string[] = [];
  const entries: ListEntry[] = [];
  for (const r of raw) {
    const parsed = listEntrySchema.safeParse(r.value);
    if (parsed.success) entries.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${path}:${r.line}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
  }
  if (problems.length) throw new UsageError(`the list has problems:\n  ${problems.slice(0, 20).join('\n  ')}`, 'columns: homepage (or url), name, code, nation, type, org_type, max_pages, render');
  checkEntries(entries, raw.map((r) => r.line), path);
  const slugs = uniqueSlugs(entries.map((e) => baseSlug({ ...e, url: (e.homepage ?? e.url)! })));
  return entries.map((e, i) => {
    const site: BatchSite = { slug: slugs[i]!, url: (e.homepage ?? e.url)!, orgType: e.org_type ?? defaultOrgType };
    if (e.name) site.name = e.name;
    if (e.code) site.code = e.code;
    if (e.nation) site.nation = normaliseNation(e.nation);
    if (e.type) site.authorityType = e.type;
    if (e.max_pages !== undefined) site.maxPages = e.max_pages;
    if (e.render) site.render = e.render;
    return site;
  });
}

/**
 * What a schema cannot see across rows: a misspelt nation (nation-specific rules would silently not
 * run) and a council listed twice (it would be audited twice as "x" and "x-2").
 */
function checkEntries(entries: ListEntry[], lines: number[], path: string): void {
  const problems: string[] = [];
  const hints = new Set<string>();
  entries.forEach((e, i) => {
    if (e.nation === undefined || isNation(normaliseNation(e.nation))) return;
    const guess = closest(normaliseNation(e.nation), NATIONS);
    problems.push(`${path}:${lines[i]}: nation: unknown nation "${e.nation}"${guess ? ` (did you mean ${guess}?)` : ''}`);
    hints.add(`nations: ${NATIONS.join(', ')}`);
  });
  for (const key of ['code', 'slug'] as const) {
    const firstLine = new Map<string, number>();
    entries.forEach((e, i) => {
      const value = e[key]?.toLowerCase();
      if (value === undefined) return;
      const first = firstLine.get(value);
      if (first === undefined) firstLine.set(value, lines[i]!);
      else {
        problems.push(`${path}:${lines[i]}: ${key}: ${e[key]} is already on line ${first}`);
        hints.add('list each council once: remove the repeated row, or correct its code');
      }
    });
  }
  if (problems.length) throw new UsageError(`the list has problems:\n  ${problems.slice(0, 20).join('\n  ')}`, [...hints].join('; '));
}

function csvEntries(text: string, path: string): RawEntry[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
  const header = rows.shift();
  if (!header) throw new UsageError(`the list ${path} is empty`);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  if (!names.includes('homepage') && !names.includes('url')) {
    throw new UsageError(`${path}:${header.line}: the header has no homepage or url column`, `header found: ${names.join(',')}`);
  }
  const unknown = names.filter((n) => !COLUMNS.includes(n));
  if (unknown.length) throw new UsageError(`${path}:${header.line}: unknown column ${unknown.join(', ')}`, `known columns: ${COLUMNS.join(', ')}`);
  return rows.map((row) => {
    if (row.fields.length !== names.length) {
      throw new UsageError(`${path}:${row.line}: ${row.fields.length} fields, the header has ${names.length}`, 'quote fields that contain a comma');
    }
    return { line: row.line, value: Object.fromEntries(names.map((n, i) => [n, row.fields[i]!.trim()])) };
  });
}

function yamlEntries(text: string, path: string): RawEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new UsageError(`${path}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (node: Node | null | undefined): number => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const root = doc.contents;
  let seq: Node | null | undefined = root;
  let defaults: Record<string, unknown> = {};
  if (isMap(root)) {
    const known = ['defaults', 'sites'];
    for (const item of root.items) {
      const key = String((item.key as { value?: unknown } | null)?.value ?? item.key);
      if (!known.includes(key)) throw new UsageError(`${path}:${lineOf(item.key as Node)}: unknown key "${key}"`, 'a YAML list is a list of sites, or { defaults: {...}, sites: [...] }');
    }
    seq = root.get('sites', true) as Node | undefined;
    const d = root.get('defaults');
    defaults = d && typeof d === 'object' ? ((d as { toJSON(): Record<string, unknown> }).toJSON() ?? {}) : {};
  }
  if (!isSeq(seq)) throw new UsageError(`${path}:${lineOf(seq ?? root)}: expected a list of sites`, 'a YAML list is a list of sites, or { defaults: {...}, sites: [...] }');
  return seq.items.map((item) => {
    const value = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new UsageError(`${path}:${lineOf(item as Node)}: each site must be a mapping (homepage: ..., name: ...)`);
    }
    return { line: lineOf(item as Node), value: { ...defaults, ...(value as Record<string, unknown>) } };
  });
}
