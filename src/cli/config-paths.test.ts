// A config file is data: the waivers and rule packs it names must be inside its own folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';

const io = () => {
  const err: string[] = [];
  return { err, io: { stdout: () => undefined, stderr: (t: string) => err.push(t), color: false, isTTY: false, columns: 80 } };
};

describe('paths in a config file', () => {
  it.each([
    ['waivers: ../secret.yaml', 'waivers'],
    ['waivers: /etc/shadow', 'waivers'],
    ['rules: ../elsewhere/pack', 'rule pack'],
  ])('%s is refused naming the path and the config folder, before it is read', async (line, what) => {
    const base = mkdtempSync(join(tmpdir(), 'config-paths-'));
    const repo = join(base, 'repo');
    mkdirSync(repo);
    writeFileSync(join(base, 'secret.yaml'), '- council: SECRET-VALUE\n');
    const cfg = join(repo, 'atr-audit.config.yaml');
    writeFileSync(cfg, `batch:\n  ${line}\n`);
    writeFileSync(join(repo, 'list.csv'), 'homepage\nhttp://127.0.0.1:9/\n');
    const c = io();
    expect(await run(['--config', cfg, 'batch', join(repo, 'list.csv'), '--out', join(repo, 'out'), '--quiet'], c.io)).toBe(2);
    const err = c.err.join('');
    expect(err).toContain(what);
    expect(err).toContain(repo);
    expect(err).not.toContain('SECRET-VALUE');
  });
});
