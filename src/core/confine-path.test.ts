import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confineName, confinePath, PathEscapeError } from './confine-path.js';

function tree(): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'confine-'));
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'SECRET-LINE');
  writeFileSync(join(root, 'sub', 'ok.yaml'), 'x: 1');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link.yaml'));
  symlinkSync(outside, join(root, 'linkdir'));
  return { root, outside };
}

describe('confinePath', () => {
  it('accepts relative paths inside the root, existing or not', () => {
    const { root } = tree();
    expect(confinePath(root, 'sub/ok.yaml')).toBe(join(root, 'sub', 'ok.yaml'));
    expect(confinePath(root, './sub/new.yaml')).toBe(join(root, 'sub', 'new.yaml'));
    expect(confinePath(root, 'not-yet/deeper/file')).toBe(join(root, 'not-yet', 'deeper', 'file'));
  });

  it.each([
    ['../outside/secret.txt', 'climbs out'],
    ['sub/../../outside', 'climbs out'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/win.ini', 'absolute'],
    ['..\\outside', 'backslash'],
    ['sub\\..\\..\\x', 'backslash'],
    ['ok\0.yaml', 'NUL'],
    ['', 'empty'],
    ['link.yaml', 'symbolic link'],
    ['linkdir/secret.txt', 'symbolic link'],
    ['linkdir/new-file', 'symbolic link'],
  ])('refuses %j (%s), naming the path and the root', (path, why) => {
    const { root } = tree();
    let error: unknown;
    try {
      confinePath(root, path, { what: 'lexicon' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathEscapeError);
    const message = (error as Error).message;
    expect(message).toContain(why);
    expect(message).toContain(root);
    expect(message).toContain('lexicon');
    expect(message).not.toContain('SECRET-LINE');
  });

  it('refuses the root itself unless allowed', () => {
    const { root } = tree();
    expect(() => confinePath(root, '.')).toThrow(PathEscapeError);
    expect(confinePath(root, '.', { allowRoot: true })).toBe(root);
  });
});

describe('confineName', () => {
  it('takes one segment only', () => {
    const { root } = tree();
    expect(confineName(root, 'camden')).toBe(join(root, 'camden'));
    for (const bad of ['..', '.', 'a/b', '../shard/evil', '/tmp', 'a\\b']) expect(() => confineName(root, bad, 'site folder')).toThrow(/site folder/);
  });
});
