import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack, RuleLoadError } from './index.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function pack(rule: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atr-named-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'lexicons'));
  writeFileSync(
    join(dir, 'pack.yaml'),
    `id: t\nversion: 0.1.0\ntitle: T\ncriteria:\n  - { id: A, title: A, summaries: { met: m, partial: p, not_met: n } }\nlexicons: [lexicons/words.yaml]\nnamedChecks: named.yaml\nclasses:\n  topics: [{ id: other, title: Other }]\n  docTypes: [{ id: other, title: Other }]\n`,
  );
  writeFileSync(join(dir, 'lexicons', 'words.yaml'), 'concepts:\n  fruit-apple: { terms: [apple] }\n  fruit-pear: { terms: [pear] }\n  shop: { terms: [shop] }\ngroups:\n  fruit: { concepts: [fruit-apple, fruit-pear] }\n');
  writeFileSync(join(dir, 'named.yaml'), "checks:\n  says-1998:\n    description: names the year 1998\n    signal: claim\n    patterns: ['\\b1998\\b']\n");
  writeFileSync(join(dir, 'a.yaml'), `criterion: A\nrules:\n${rule}`);
  return dir;
}

const RULE = (checks: string): string =>
  `  - id: r\n    title: R\n    level: met\n    message: M\n    checks:\n${checks}\n    examples: { match: ["An apple and a pear at the shop in 1998."], no_match: ["Nothing here."] }\n`;

describe('named checks and groups', () => {
  it('expands `use:` (with `with:` changes) and a group named in a concept list', () => {
    const p = loadPack(pack(RULE('      - use: says-1998\n        with: { context: [shop] }\n      - signal: concept-count\n        concepts: [fruit, shop]\n        min: 3')));
    const [claim, count] = p.rules[0]!.checks;
    expect(claim).toMatchObject({ signal: 'claim', patterns: ['\\b1998\\b'], context: ['shop'] });
    expect(count).toMatchObject({ signal: 'concept-count', concepts: ['fruit-apple', 'fruit-pear', 'shop'] });
    expect(p.groupsUsed?.has('fruit')).toBe(true);
  });

  it('names an unknown named check at its line', () => {
    expect(() => loadPack(pack(RULE('      - use: says-1999')))).toThrow(RuleLoadError);
    try {
      loadPack(pack(RULE('      - use: says-1999')));
    } catch (e) {
      expect((e as RuleLoadError).problems.map((x) => `${x.line}: ${x.message}`)).toEqual(['8: unknown named check "says-1999"']);
    }
  });
});
