// Files a pack names or holds must stay inside the pack folder: a `lexicons:` entry like
// '../../../../etc/shadow', or a rule file that is a symbolic link out, is refused before it is
// opened, so no error can echo what such a file contains.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { confinePath, PathEscapeError } from '../core/index.js';
import type { RuleProblem } from './load.js';

type Where = Pick<RuleProblem, 'file' | 'line' | 'col'>;

/** The pack's lexicon files, each confined to the pack folder; refusals become problems at their entry. */
export function packLexiconFiles(dir: string, entries: string[], where: (index: number) => Where, problems: RuleProblem[], key = 'lexicons'): string[] {
  const files: string[] = [];
  entries.forEach((entry, i) => {
    try {
      const file = confinePath(dir, entry, { what: 'lexicon' });
      if (!/\.ya?ml$/i.test(file)) {
        problems.push({ ...where(i), message: `${key}.${i}: ${JSON.stringify(entry)} is not a .yaml file`, hint: 'list YAML files inside the pack folder' });
        return;
      }
      if (!existsSync(file)) {
        problems.push({ ...where(i), message: `${key}.${i}: no such file ${JSON.stringify(entry)} in ${dir}` });
        return;
      }
      files.push(file);
    } catch (e) {
      if (!(e instanceof PathEscapeError)) throw e;
      problems.push({ ...where(i), message: `${key}.${i}: ${e.message}`, hint: e.hint });
    }
  });
  return files;
}

/** The YAML files directly in the pack folder; one that is a link leading out is a problem, not read. */
export function packYamlFiles(dir: string, problems: RuleProblem[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    try {
      out.push(confinePath(dir, name, { what: 'rule file' }));
    } catch (e) {
      if (!(e instanceof PathEscapeError)) throw e;
      problems.push({ file: join(dir, name), line: 1, col: 1, message: e.message, hint: e.hint });
    }
  }
  return out;
}
