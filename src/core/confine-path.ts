// Paths that come from data (a slug in a batch state file, a pack's `lexicons:` entry, a
// screenshot name in an index, a waiver file named in a config file) must stay inside their root.
// One helper for all of them, so every check refuses the same things the same way.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

/** A path from data that would leave its root (or is not a usable path at all). */
export class PathEscapeError extends UsageError {
  constructor(
    readonly path: string,
    readonly root: string,
    readonly why: string,
    what = 'path',
  ) {
    super(`${what} ${JSON.stringify(path)} ${why}: it must stay inside ${root}`, 'use a relative path inside that folder, without "..", an absolute path, a backslash or a link that leads out');
    this.name = 'PathEscapeError';
  }
}

/** Why a relative path from data is refused before looking at the disk, or undefined when it is acceptable. */
export function pathProblem(path: string): string | undefined {
  if (typeof path !== 'string' || path.trim() === '') return 'is empty';
  if (path.includes('\0')) return 'contains a NUL byte';
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f\u007f]/.test(path)) return 'contains a control character';
  // A backslash is a separator on Windows: "..\\x" escapes there even if it is a file name here.
  if (path.includes('\\')) return 'contains a backslash';
  if (isAbsolute(path) || /^[a-z]:/i.test(path) || path.startsWith('~')) return 'is absolute';
  if (path.split('/').includes('..')) return 'climbs out with ".."';
  return undefined;
}

/** The real location of `path`: realpath of the file, or of its nearest existing ancestor plus the rest. */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return path;
    rest.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''));
    existing = parent;
  }
  return resolve(realpathSync(existing), ...rest);
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

export interface ConfineOptions {
  /** what the path is, for the error ("lexicon", "site folder"); default "path" */
  what?: string;
  /** allow the root itself (default false: the path must name something inside it) */
  allowRoot?: boolean;
}

/**
 * The absolute path of `path` (relative, from data) under `root`, or a PathEscapeError naming both.
 * Refuses "..", absolute paths, drive letters, backslashes, NUL and control characters, and (where
 * the file or one of its folders exists) a symbolic link that leads outside the root. Never reads
 * the file: a refused path is never opened.
 */
export function confinePath(root: string, path: string, opts: ConfineOptions = {}): string {
  const what = opts.what ?? 'path';
  const base = resolve(root);
  const problem = pathProblem(path);
  if (problem) throw new PathEscapeError(path, base, problem, what);
  const full = resolve(base, path);
  if (!inside(base, full) || (!opts.allowRoot && full === base)) throw new PathEscapeError(path, base, 'leaves its folder', what);
  const realRoot = realish(base);
  if (!inside(realRoot, realish(full))) throw new PathEscapeError(path, base, 'leads out through a symbolic link', what);
  return full;
}

/** One folder or file name from data (a site slug): a single safe segment, never "." or "..". */
export function confineName(root: string, name: string, what = 'name'): string {
  if (typeof name === 'string' && (name === '.' || name === '..' || name.includes('/'))) {
    throw new PathEscapeError(name, resolve(root), name.includes('/') ? 'contains a "/"' : 'is not a name', what);
  }
  return confinePath(root, name, { what });
}

/**
 * Reads a small text file a user or a config named (a list, waivers): a regular file of at most
 * `maxBytes`, never a folder, device or pipe (/dev/zero would never end). Errors name the path only.
 */
export function readDataFile(path: string, what: string, maxBytes = 8 * 1024 * 1024): string {
  const problem = typeof path !== 'string' || path === '' ? 'is empty' : path.includes('\0') ? 'contains a NUL byte' : undefined;
  if (problem) throw new UsageError(`${what} ${JSON.stringify(path)} ${problem}`);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${what} ${path}: no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`cannot read ${what} ${path}: not a regular file`);
  if (stat.size > maxBytes) throw new UsageError(`cannot read ${what} ${path}: ${stat.size} bytes, more than ${maxBytes}`);
  return readFileSync(path, 'utf8');
}
