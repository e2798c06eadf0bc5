import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from './lexicon-load.js';
import type { RuleProblem } from './problems.js';

function lexiconFrom(core: string, pack: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lex-'));
  writeFileSync(join(dir, 'core.yaml'), core);
  writeFileSync(join(dir, 'pack.yaml'), pack);
  const problems: RuleProblem[] = [];
  const warnings: RuleProblem[] = [];
  const built = buildLexicon([{ file: join(dir, 'core.yaml'), origin: 'core' }, { file: join(dir, 'pack.yaml'), origin: 'pack' }], problems, warnings);
  return { ...built, problems, warnings };
}

const CORE = 'concepts:\n  records:\n    terms: [record, file]\n';
const sources = (l: ReturnType<typeof lexiconFrom>, id: string) => l.lexicon.get(id)?.terms.map((t) => t.source);

describe('lexicon inheritance', () => {
  it('extends: core adds to the core terms; replaces: core drops them; both without a warning', () => {
    const ext = lexiconFrom(CORE, 'concepts:\n  records:\n    extends: core\n    terms: [case papers]\n');
    expect(sources(ext, 'records')).toEqual(['record', 'file', 'case papers']);
    const rep = lexiconFrom(CORE, 'concepts:\n  records:\n    replaces: core\n    terms: [loan history]\n');
    expect(sources(rep, 'records')).toEqual(['loan history']);
    expect([...ext.warnings, ...rep.warnings, ...ext.problems, ...rep.problems]).toEqual([]);
  });
  it('a silent shadow still replaces, with a warning', () => {
    const l = lexiconFrom(CORE, 'concepts:\n  records:\n    terms: [loan history]\n');
    expect(sources(l, 'records')).toEqual(['loan history']);
    expect(l.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/concept "records" silently shadows/)]);
  });
  it('extending a concept the core lacks is a problem', () => {
    const l = lexiconFrom(CORE, 'concepts:\n  loans:\n    extends: core\n    terms: [loan]\n');
    expect(l.problems.map((p) => p.message)).toEqual(['concept "loans" extends core, but the core lexicon has no "loans"']);
  });
  it('warns about a term that repeats an inherited one after stemming', () => {
    const l = lexiconFrom(CORE, 'concepts:\n  records:\n    extends: core\n    terms: [files]\n');
    expect(l.warnings.map((w) => w.message)).toEqual(['term "files" of concept "records" is the same as "file" after stemming']);
  });
});
