import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'atr-config-'));
const io = () => {
  const err: string[] = [];
  const out: string[] = [];
  return { err, out, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), color: false, isTTY: false, columns: 80 } };
};

describe('--config', () => {
  it('fills options from the file, the command line wins, unknown keys are exit 2', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, JSON.stringify({ schemaVersion: 1, tool: { name: 'atr-audit', version: '1' }, organisation: { slug: 'x', name: 'X' }, criteria: [], sources: [], summary: { score: 1 } }));
    writeFileSync(b, JSON.stringify({ schemaVersion: 1, tool: { name: 'atr-audit', version: '1' }, organisation: { slug: 'x', name: 'X' }, criteria: [], sources: [], summary: { score: 2 } }));
    const cfg = join(dir, 'atr.yaml');
    writeFileSync(cfg, 'diff:\n  format: json\n  fail-on: any\n');
    const one = io();
    expect(await run(['--config', cfg, 'diff', a, b], one.io)).toBe(1);
    expect(JSON.parse(one.out.join('')).changes).toBe(1);
    const two = io();
    expect(await run(['--config', cfg, 'diff', a, b, '--format', 'md'], two.io)).toBe(1);
    expect(two.out.join('')).toContain('## atr-audit diff');
    writeFileSync(cfg, 'diff:\n  colour: blue\n');
    const three = io();
    expect(await run(['--config', cfg, 'diff', a, b], three.io)).toBe(2);
    expect(three.err.join('')).toContain('no option "colour"');
    expect(await run(['--config', join(dir, 'missing.yaml'), 'diff', a, b], io().io)).toBe(2);
  });
});
