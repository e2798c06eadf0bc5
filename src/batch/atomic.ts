// Crash-safe site folders: a reader (or a resumed run) sees the old folder or the new one, never
// half of one. Single files use the pipeline's writeFileAtomic.
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { confineName } from '../core/index.js';

// Slugs are data (a list's slug column, a state file): each folder must be one name inside <out>.
export const tmpDirFor = (out: string, slug: string): string => confineName(out, `.tmp-${slug}`, 'site folder');
const oldDirFor = (out: string, slug: string): string => confineName(out, `.old-${slug}`, 'site folder');

/**
 * Moves a finished site folder into place. When a previous report is there it is first moved
 * aside, so at every instant either the old or the new complete folder exists (see recoverDirs).
 */
export async function publishSiteDir(out: string, slug: string): Promise<void> {
  const final = confineName(out, slug, 'site folder');
  const old = oldDirFor(out, slug);
  if (existsSync(final)) {
    await rm(old, { recursive: true, force: true });
    await rename(final, old);
  }
  await rename(tmpDirFor(out, slug), final);
  await rm(old, { recursive: true, force: true });
}

/**
 * After a crash: half-written .tmp-* folders and stray temp files are deleted; a .old-<slug>
 * whose replacement never arrived is put back.
 */
export async function recoverDirs(out: string): Promise<void> {
  if (!existsSync(out)) return;
  for (const entry of await readdir(out, { withFileTypes: true })) {
    const path = join(out, entry.name);
    if (entry.isDirectory() && entry.name.startsWith('.tmp-')) await rm(path, { recursive: true, force: true });
    else if (entry.isDirectory() && entry.name.startsWith('.old-')) {
      const final = join(out, entry.name.slice('.old-'.length));
      if (existsSync(final)) await rm(path, { recursive: true, force: true });
      else await rename(path, final);
    } else if (entry.isFile() && entry.name.endsWith('.tmp')) await rm(path, { force: true });
  }
}
