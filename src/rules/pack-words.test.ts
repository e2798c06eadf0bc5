// The pack's own words outside its rules (issue 10): the proofs' words and the self-check's jargon are
// pack.yaml data, validated like the rest of the pack, with the file, line and column of a mistake.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadPack, RuleLoadError } from './index.js';

/** A copy of the clearmark pack whose pack.yaml is changed by `edit`. */
function packWithYaml(edit: (yaml: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pack-words-')), 'pack');
  cpSync(join(BUILTIN_RULES_DIR, 'clearmark'), dir, { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), edit(readFileSync(join(dir, 'pack.yaml'), 'utf8')));
  return dir;
}

function loadProblems(dir: string): string[] {
  try {
    loadPack(dir);
  } catch (e) {
    if (e instanceof RuleLoadError) return e.problems.map((p) => `${p.file.split(/[\\/]/).pop()}:${p.line}:${p.col}: ${p.message}`).filter((p) => p.startsWith('pack.yaml:'));
    throw e;
  }
  throw new Error('the pack loaded');
}

const lineOf = (yaml: string, re: RegExp): number => yaml.split('\n').findIndex((l) => re.test(l)) + 1;

describe("pack.yaml's proofs and selfCheck sections", () => {
  it('loads the clearmark words', () => {
    const def = loadPack('clearmark').def;
    expect(def.proofs?.routeWorkers?.length).toBeGreaterThan(0);
    expect(def.selfCheck?.coreJargon.every((t) => t in (def.selfCheck?.jargon ?? {}))).toBe(true);
    expect(def.labels.people.length).toBeGreaterThan(0);
  });

  it('refuses an unknown key in proofs, at its line', () => {
    let yaml = '';
    const dir = packWithYaml((y) => (yaml = y.replace(/^proofs:\n/m, 'proofs:\n  routeWorker: [x]\n')));
    const problems = loadProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^pack\\.yaml:${lineOf(yaml, /^proofs:/) + 1}:3: proofs: .*routeWorker`));
  });

  it('refuses a core term that is not in the jargon, at its line and column', () => {
    let yaml = '';
    const dir = packWithYaml((y) => (yaml = y.replace(/^ {2}coreJargon: \[/m, '  coreJargon: [no such term, ')));
    const problems = loadProblems(dir);
    const line = lineOf(yaml, /^ {2}coreJargon:/);
    expect(problems).toEqual([`pack.yaml:${line}:16: selfCheck.coreJargon.0: core term "no such term" is not in selfCheck.jargon`]);
  });

  it('refuses a jargon term without a plain alternative', () => {
    let yaml = '';
    const dir = packWithYaml((y) => (yaml = y.replace(/^ {4}statutory: required by law$/m, "    statutory: ''")));
    const problems = loadProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^pack\\.yaml:${lineOf(yaml, /^ {4}statutory:/)}:\\d+: selfCheck\\.jargon\\.statutory`));
  });

  it('a pack without the sections loads, with generic words', () => {
    const dir = packWithYaml((y) => y.replace(/^selfCheck:\n( .*\n)+/m, '').replace(/^proofs:\n( .*\n)+/m, '').replace(/, people: [^}]*\}/, ' }'));
    const def = loadPack(dir).def;
    expect(def.proofs).toBeUndefined();
    expect(def.selfCheck).toBeUndefined();
    expect(def.labels.people).toBe('people the service is for');
  });
});
