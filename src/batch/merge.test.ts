// merge reads slugs from shard state files, which are data: a slug must name one folder inside
// the shard and inside --out, or nothing is deleted, copied or written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { mergeBatches } from './merge.js';

function shard(dir: string, slug: string): void {
  mkdirSync(dir, { recursive: true });
  const state = { stateVersion: 1, list: 'list.csv', sites: [{ slug, url: 'https://example.org/', orgType: 'local-authority' }], results: {} };
  writeFileSync(join(dir, '.state.json'), JSON.stringify(state));
}

function victim(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), '{"keep":"me"}');
  writeFileSync(join(dir, 'precious.txt'), 'PRECIOUS');
}

async function mergeError(dirs: string[], out: string): Promise<UsageError> {
  try {
    await mergeBatches(dirs, out, { now: new Date('2026-01-01T00:00:00Z') });
  } catch (e) {
    return e as UsageError;
  }
  throw new Error('merge did not refuse');
}

describe('merge refuses slugs that leave their folder', () => {
  it.each(['../victim', '../../victim', '..', 'a/../../victim', '/tmp/x', 'sub\\..\\..\\victim', 'Capital'])('slug %j: clear error, nothing outside --out touched', async (slug) => {
    const work = mkdtempSync(join(tmpdir(), 'merge-'));
    const s1 = join(work, 'shards', 's1');
    const out = join(work, 'shards', 'merged');
    shard(s1, slug);
    victim(join(work, 'shards', 'victim'));
    victim(join(work, 'victim'));
    const e = await mergeError([s1], out);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toContain(JSON.stringify(slug));
    expect(e.message).toContain(join(s1, '.state.json'));
    expect(e.message).toContain('nothing was merged');
    for (const v of [join(work, 'shards', 'victim'), join(work, 'victim')]) {
      expect(readFileSync(join(v, 'precious.txt'), 'utf8')).toBe('PRECIOUS');
      expect(readFileSync(join(v, 'report.json'), 'utf8')).toBe('{"keep":"me"}');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a site folder that is a symbolic link out of the shard is not copied', async () => {
    const work = mkdtempSync(join(tmpdir(), 'merge-'));
    const s1 = join(work, 's1');
    shard(s1, 'camden');
    victim(join(work, 'elsewhere'));
    symlinkSync(join(work, 'elsewhere'), join(s1, 'camden'));
    const out = join(work, 'merged');
    const e = await mergeError([s1], out);
    expect(e.message).toMatch(/symbolic link/);
    expect(existsSync(join(out, 'camden', 'precious.txt'))).toBe(false);
  });
});
