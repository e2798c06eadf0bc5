// Reading an audit folder's report.json for `pack` and `foi`, and the rule pack it was scored with.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile, UsageError, type AuditReport } from '../core/index.js';
import { loadPack, RuleLoadError } from '../rules/index.js';
import type { PackDef } from '../rules/schema.js';

const HINT = 'give the --out folder of an earlier `atr-audit audit` (the folder holding report.json)';

/** report.json of an audit folder (or the file itself), checked for the shape `pack` and `foi` read. */
export function readAuditReport(target: string): { report: AuditReport; dir: string } {
  const isDir = existsSync(target) && statSync(target).isDirectory();
  const file = isDir ? join(target, 'report.json') : target;
  if (!existsSync(file)) throw new UsageError(`not an audit folder: ${target} has no report.json`, HINT);
  let value: unknown;
  try {
    value = JSON.parse(readDataFile(file, 'report', 256 * 1024 * 1024));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`, HINT);
  }
  const r = value as Partial<AuditReport>;
  if (r?.schemaVersion !== 1 || !Array.isArray(r.criteria) || !r.organisation || !r.summary || !r.ruleset || typeof r.finishedAt !== 'string') {
    throw new UsageError(`${file} is not an atr-audit report (schemaVersion 1)`, HINT);
  }
  return { report: r as AuditReport, dir: isDir ? target : join(file, '..') };
}

/**
 * The pack the report was scored with, for its labels and its words (what to ask for). `rules` names
 * it explicitly (an error when it cannot be loaded); otherwise the report's ruleset id, or undefined
 * when that is not a pack we can find (a custom pack folder given at audit time).
 */
export function packDefFor(report: AuditReport, rules?: string): PackDef | undefined {
  if (rules) return loadPack(rules).def;
  try {
    return loadPack(report.ruleset.id).def;
  } catch (e) {
    if (e instanceof RuleLoadError || e instanceof UsageError) return undefined;
    throw e;
  }
}
