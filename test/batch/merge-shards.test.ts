// Issue 13.7: merge of one of two shards, the same shard twice, or the same folder twice was exit 0
// with a summary that left councils out or counted them twice. Each is now exit 2 with the fix,
// before anything is written.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-merge-set-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A batch output folder holding only its state file: one skipped site per shard. */
function folder(name: string, shard: string | undefined, list = 'list.csv'): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const slug = `site-${name}`;
  const state = { stateVersion: 1, list, ...(shard ? { shard } : {}), sites: [{ slug, url: `https://${slug}.example.org/`, orgType: 'local-authority' }], results: {} };
  writeFileSync(join(dir, '.state.json'), JSON.stringify(state));
  return dir;
}

const s1 = folder('s1', '1/2');
const s2 = folder('s2', '2/2');
const s2again = folder('s2-copy', '2/2');
const t1 = folder('t1', '1/3');
const whole = folder('whole', undefined);
const other = folder('other-list', '2/2', 'another.csv');

describe('merge checks the shards make one whole run', () => {
  it.each([
    ['one of two shards', [s1], /shard 2\/2 missing: 1 of 2 given[\s\S]*give the --out folders of all 2 shards/],
    ['the same shard twice', [s1, s2, s2again], /shard 2\/2 is given twice/],
    ['the same folder twice', [s1, s2, s2], /is given twice/],
    ['shards of different splits', [s1, s2, t1], /different splits/],
    ['a whole run with a shard', [whole, s1, s2], /is a whole run but/],
    ['shards of different lists', [s1, other], /different lists/],
  ])('%s: exit 2, nothing written', async (_name, dirs, message) => {
    const out = join(work, `out-${_name.replace(/\W+/g, '-')}`);
    const r = await cli(['merge', ...dirs, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing was merged/);
    expect(existsSync(out)).toBe(false);
  });

  it('every shard once merges (exit 0), as does a whole run alone', async () => {
    expect((await cli(['merge', s2, s1, '--out', join(work, 'ok'), '--quiet'])).code).toBe(0);
    expect((await cli(['merge', whole, '--out', join(work, 'ok-whole'), '--quiet'])).code).toBe(0);
  });
});
