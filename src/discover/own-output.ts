// What atr-audit itself wrote: report folders, batch folders, saved crawls and our HTML pages.
// A local target must never read these as the council's documents (a second `audit .` would
// otherwise quote our own "Nothing public shows..." back as evidence).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { GENERATOR_META } from '../core/index.js';

function readJson(path: string): Record<string, unknown> | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The folder holds a report.json written by atr-audit (tool.name), not merely a file of that name. */
export function holdsOurReport(dir: string): boolean {
  const report = readJson(join(dir, 'report.json'));
  const tool = report?.['tool'] as { name?: unknown } | undefined;
  return tool?.name === 'atr-audit';
}

/** True when `inner` is `outer` or lies below it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why a folder is our own output, or undefined when it is not: it holds a report.json written by
 * atr-audit (tool.name), a batch summary.json or .state.json of ours, or a saved crawl (crawl.json).
 * A report.json of another tool does not count.
 */
export function ownOutputFolder(dir: string): string | undefined {
  if (holdsOurReport(dir)) return 'an atr-audit report folder (it holds our report.json)';
  const summary = readJson(join(dir, 'summary.json'));
  if (summary && Array.isArray(summary['sites']) && 'counts' in summary && 'generatedAt' in summary && 'ruleset' in summary) {
    return 'an atr-audit batch folder (it holds our summary.json)';
  }
  const crawl = readJson(join(dir, 'crawl.json'));
  if (crawl && crawl['crawlVersion'] === 1 && existsSync(join(dir, 'bodies'))) return 'an atr-audit saved crawl (crawl.json and bodies/)';
  return undefined;
}

/** An HTML page we wrote (report.html, a demo or batch index), wherever it was copied to. */
export function isOwnHtml(body: Buffer): boolean {
  const head = body.subarray(0, 4096).toString('utf8');
  return head.includes(GENERATOR_META);
}
