// Where an audit writes when --out is not given: reports/<slug>/ under the working folder, unless
// that would land inside a local target (a council auditing its own folder with `audit .`), in
// which case beside the target, so a second run never reads the first run's report.
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { isWithin } from '../discover/index.js';

export const REPORTS_DIR = 'reports';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The default output folder for an audit of `targets` (resolved against `cwd`). */
export function defaultOutDir(slug: string, targets: string[], kind: 'url' | 'files', cwd: string = process.cwd()): string {
  const usual = resolve(cwd, REPORTS_DIR, slug);
  if (kind === 'url') return usual;
  const folders = targets.map((t) => resolve(cwd, t)).filter(isDirectory);
  const inside = (dir: string): boolean => folders.some((f) => isWithin(dir, f));
  if (!inside(usual)) return usual;
  // Beside the outermost target folder that holds it: <parent>/<name>-atr-audit/<slug>.
  const outer = folders.filter((f) => isWithin(usual, f)).sort((a, b) => a.length - b.length)[0]!;
  const beside = join(dirname(outer), `${basename(outer)}-atr-audit`, slug);
  if (dirname(outer) !== outer && !inside(beside)) return beside;
  const elsewhere = [join(homedir(), 'atr-audit-reports', slug), join(tmpdir(), 'atr-audit-reports', slug)];
  return elsewhere.find((c) => !inside(c)) ?? elsewhere[1]!;
}
