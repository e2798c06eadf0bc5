// Issue 13.7: a waiver for a council, criterion or rule that does not exist was silently ignored,
// hiding a human decision behind a typo. Now exit 2 naming each one, before anything is audited.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, writeList } from './batch-helpers.js';

const work = mkdtempSync(join(tmpdir(), 'atr-waiver-codes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Nothing is served: the run must stop before any site is fetched.
const list = writeList(join(work, 'list.csv'), ['E06000001,Harrowfield Council,england,unitary,http://127.0.0.1:9/']);

function waivers(entries: string[]): string {
  const path = join(work, `waivers-${entries.length}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `waivers:\n${entries.join('\n')}\n`);
  return path;
}
const entry = (fields: string): string => `  - { ${fields}, reason: Seen by hand, author: A. Person, expires: 2099-01-01 }`;

describe('waivers name real councils, criteria and rules', () => {
  it('unknown criterion, rule and council: exit 2, each named with the nearest real one, nothing written', async () => {
    const path = waivers([
      entry('council: E06000001, criterion: C9'),
      entry('council: E06000001, criterion: c5'),
      entry('council: E06000001, rule: clearmark/c1-aimed-page-with-rout'),
      entry('council: E06000010, criterion: C5'),
    ]);
    const out = join(work, 'out');
    const r = await cli(['batch', list, '--out', out, '--waivers', path, '--quiet', '--allow-private', '--render', 'never']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('waiver 1: unknown criterion C9');
    expect(r.stderr).toContain('waiver 2: unknown criterion c5 (did you mean C5?)');
    expect(r.stderr).toContain('waiver 3: unknown rule clearmark/c1-aimed-page-with-rout (did you mean clearmark/c1-aimed-page-with-route?)');
    expect(r.stderr).toContain('waiver 4: council E06000010 is not in the list (did you mean E06000001?)');
    expect(r.stderr).toContain('nothing was audited');
    expect(existsSync(out)).toBe(false);
  });

  it('waivers that name what exists pass the check', async () => {
    const path = waivers([entry('council: e06000001, criterion: C5'), entry('council: E06000001, rule: clearmark/c1-aimed-page-with-route')]);
    // The check passes; the (unreachable) site then fails to audit: exit 3, not 2.
    const r = await cli(['batch', list, '--out', join(work, 'ok'), '--waivers', path, '--quiet', '--allow-private', '--render', 'never', '--delay', '0']);
    expect(r.code).toBe(3);
  });
});
