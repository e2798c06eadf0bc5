// Lists and waiver files: only small regular files are read, and a list's slug column can never
// name a folder outside the batch output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confineName, UsageError } from '../core/index.js';
import { loadSiteList } from './load-list.js';
import { loadWaivers } from './waivers.js';

const dir = mkdtempSync(join(tmpdir(), 'data-files-'));

describe('batch data files', () => {
  it('a slug column with "../" or "/" still gives one plain folder name', () => {
    const list = join(dir, 'list.csv');
    writeFileSync(list, 'homepage,slug\nhttps://a.example/,../../evil\nhttps://b.example/,/etc/cron.d\nhttps://c.example/,..\n');
    const sites = loadSiteList(list);
    for (const s of sites) {
      expect(s.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(confineName(dir, s.slug)).toBe(join(dir, s.slug));
    }
  });

  it.each([['/dev/zero'], [dir]])('refuses %s as a list or waivers file (not a regular file)', (path) => {
    expect(() => loadSiteList(path)).toThrow(UsageError);
    expect(() => loadSiteList(path)).toThrow(/not a regular file/);
    expect(() => loadWaivers(path)).toThrow(/not a regular file/);
  });
});
