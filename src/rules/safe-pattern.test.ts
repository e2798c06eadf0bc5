import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesLint } from '../cli/rules-command.js';
import { BUILTIN_RULES_DIR, loadPack } from './index.js';
import { patternRisk } from './safe-pattern.js';

const UNSAFE = ['^(a+)+$', '(a|a)*', '^(a|a)*$', '(.*)*', '(.*)*x', '(a*)*b', '(a+)*b', '(?:a+){2,}b', '(a{1,5})+b', '(x+x+)+y', '(\\w+\\s?)+$', '([a-z]+\\s?)*x', '(a|b|ab)*c', '(\\w|\\d)*!', '(?:x|\\w)+!', '(?:(a|a))*', '(a?)+b', '(?=(a+)+)b', 'x(?:y|(z+)+)w'];
const SAFE = ['a.*b.*c', '(?:foo|bar)+baz', '\\b(40|forty)\\s+(calendar\\s+|working\\s+)?days\\b', '(\\w+\\s+){0,2}', '(?:\\d{1,3},)+\\d{3}', '(?:[A-Z]\\.)+', '(\\s*\\w)*!', '\\d+\\s*days?', 'Data Protection Act,?\\s*\\(?1998\\)?'];

describe('patternRisk', () => {
  it.each(UNSAFE)('refuses %s', (p) => {
    const risk = patternRisk(p);
    expect(risk?.message).toMatch(/nested quantifier|overlapping alternatives/);
    expect(risk?.hint).toBeTruthy();
  });

  it.each(SAFE)('accepts %s', (p) => expect(patternRisk(p)).toBeUndefined());

  it('accepts every pattern of the bundled packs', () => {
    const pack = loadPack('clearmark');
    const patterns = pack.rules.flatMap((r) => [...r.checks, ...r.unless]).flatMap((c) => (c.signal === 'claim' ? c.patterns : []));
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((p) => patternRisk(p))).toEqual([]);
  });

  it('the refused shapes really are slow, the accepted ones are not (V8, 24 characters)', () => {
    const time = (p: string, text: string): number => {
      const t = performance.now();
      new RegExp(p, 'iu').test(text);
      return performance.now() - t;
    };
    expect(time('^(a+)+$', `${'a'.repeat(24)}!`)).toBeGreaterThan(20);
    expect(time('(\\w+\\s+){0,2}x', `${'a '.repeat(3000)}!`)).toBeLessThan(200);
  });
});

describe('rules lint', () => {
  it('rejects ^(a+)+$ naming the rule, file:line:col and a hint', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'redos-')), 'pack');
    cpSync(join(BUILTIN_RULES_DIR, 'legal-accuracy'), dir, { recursive: true });
    const file = join(dir, 'l1-current-law.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("patterns: ['Access to Personal Files']");
    writeFileSync(file, text.replace("patterns: ['Access to Personal Files']", () => "patterns: ['Access to Personal Files', '^(a+)+$']"));
    const err: string[] = [];
    const code = rulesLint(dir, { stdout: () => undefined, stderr: (t) => err.push(t), color: false, isTTY: false, columns: 80 });
    expect(code).toBe(2);
    const out = err.join('');
    expect(out).toMatch(/l1-current-law\.yaml:\d+:\d+ unsafe pattern in rule access-to-personal-files-1987: nested quantifier: \(a\+\)\+/);
    expect(out).toContain('hint:');
  });
});
