// The self-check evidence folder (`audit ... --evidence <dir>`): roles by sub-folder, the request
// log and the evaluation replies. Every file is optional; a row that cannot be read stops the audit
// (exit 2) before anything is fetched or written.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type EvidenceInput, type EvidenceRole } from '../core/index.js';
import { readEvaluation } from './evaluation.js';
import { readRequests } from './requests.js';

export const ROLES: EvidenceRole[] = ['letters', 'leaflets', 'forms', 'statements', 'adverts', 'policies'];

/** A CSV in the folder by name, whatever its case (Requests.csv). */
function findFile(dir: string, name: string): string | undefined {
  const hit = readdirSync(dir).find((f) => f.toLowerCase() === name);
  return hit ? join(dir, hit) : undefined;
}

/** Reads and checks the folder's CSV files; throws a UsageError listing every bad row. */
export function loadEvidenceFolder(dir: string): EvidenceInput {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new UsageError(`no such evidence folder: ${dir}`, 'give a folder holding requests.csv, evaluation.csv, letters/, leaflets/, forms/... (README "Self-check")');
  }
  const input: EvidenceInput = { folder: dir, roles: [] };
  const errors: string[] = [];
  const requestsFile = findFile(abs, 'requests.csv');
  if (requestsFile) {
    const r = readRequests(readFileSync(requestsFile, 'utf8'));
    errors.push(...r.errors);
    if (r.value) input.requests = { columns: r.value.columns, rows: r.value.rows };
  }
  const evaluationFile = findFile(abs, 'evaluation.csv');
  if (evaluationFile) {
    const r = readEvaluation(readFileSync(evaluationFile, 'utf8'));
    errors.push(...r.errors);
    if (r.value) input.evaluation = r.value;
  }
  if (errors.length) {
    throw new UsageError(
      `the evidence folder has ${errors.length} row${errors.length === 1 ? '' : 's'} that cannot be read; nothing was written:\n${errors.map((e) => `  ${e}`).join('\n')}`,
      'correct these rows (dates as YYYY-MM-DD or DD/MM/YYYY, y or n, unique references) and run again',
    );
  }
  return input;
}

/** The role of a document read from the folder: its first sub-folder, when that is one of ROLES. */
export function roleOf(folder: string, url: string): EvidenceRole | undefined {
  if (!url.startsWith('file:')) return undefined;
  const rel = relative(resolve(folder), fileURLToPath(url));
  if (rel.startsWith('..') || rel === '') return undefined;
  const first = rel.split(sep)[0]!.toLowerCase();
  return (ROLES as string[]).includes(first) && rel.includes(sep) ? (first as EvidenceRole) : 'other';
}
