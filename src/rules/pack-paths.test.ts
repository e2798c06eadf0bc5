// A pack is data: the files it names or holds must stay inside its folder, and a refusal never
// shows what the refused file contains.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadPack, RuleLoadError } from './index.js';

const SECRET = 'root:$6$SECRETHASH:19000:0:99999:7:::\nadmin: SECRET-TOKEN\n';

/** A copy of the clearmark pack at <base>/pack, with a secret file at <base>/secret/shadow. */
function packWith(lexicons: string[] | undefined): { base: string; dir: string } {
  const base = mkdtempSync(join(tmpdir(), 'pack-paths-'));
  const dir = join(base, 'pack');
  cpSync(join(BUILTIN_RULES_DIR, 'clearmark'), dir, { recursive: true });
  mkdirSync(join(base, 'secret'));
  writeFileSync(join(base, 'secret', 'shadow'), SECRET);
  writeFileSync(join(base, 'secret', 'words.yaml'), `concepts:\n  secret-concept:\n    terms: [SECRET-TERM]\n${SECRET}`);
  if (lexicons) {
    // keep the pack's own lexicons and add the ones under test
    const yaml = readFileSync(join(dir, 'pack.yaml'), 'utf8');
    const own = /^lexicons: \[(.*)\]$/m.exec(yaml)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    writeFileSync(join(dir, 'pack.yaml'), `${yaml.replace(/^lexicons: .*$/m, '')}\nlexicons: ${JSON.stringify([...own, ...lexicons])}\n`);
  }
  return { base, dir };
}

function loadError(dir: string): RuleLoadError {
  try {
    loadPack(dir);
  } catch (e) {
    if (e instanceof RuleLoadError) return e;
    throw e;
  }
  throw new Error('the pack loaded');
}

describe('pack paths', () => {
  it.each([['../secret/shadow'], ['../../../../../../../../etc/shadow'], ['/etc/shadow'], ['..\\secret\\words.yaml'], ['words\0.yaml']])('refuses lexicon %j naming it and the pack folder, without reading it', (entry) => {
    const { dir } = packWith([entry]);
    const e = loadError(dir);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.message).toContain(JSON.stringify(entry));
    expect(e.problems[0]!.message).toContain(dir);
    expect(e.problems[0]!.file).toMatch(/pack\.yaml$/);
    expect(e.message).not.toMatch(/SECRET|root:/);
  });

  it('refuses a lexicon that is a symbolic link out of the pack', () => {
    const { base, dir } = packWith(['words.yaml']);
    symlinkSync(join(base, 'secret', 'words.yaml'), join(dir, 'words.yaml'));
    const e = loadError(dir);
    expect(e.message).toMatch(/symbolic link/);
    expect(e.message).not.toMatch(/SECRET|root:/);
  });

  it('refuses a rule file that is a symbolic link out of the pack', () => {
    const { base, dir } = packWith(undefined);
    symlinkSync(join(base, 'secret', 'shadow'), join(dir, 'zz-extra.yaml'));
    const e = loadError(dir);
    expect(e.problems.map((p) => p.message).join('\n')).toMatch(/zz-extra\.yaml.*symbolic link/);
    expect(e.message).not.toMatch(/SECRET|root:/);
  });

  it('still loads a lexicon inside the pack', () => {
    const { dir } = packWith(['extra/words.yaml']);
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra', 'words.yaml'), 'concepts:\n  pack-own-concept:\n    terms: [own word]\n');
    expect(loadPack(dir).lexicon.has('pack-own-concept')).toBe(true);
  });
});
