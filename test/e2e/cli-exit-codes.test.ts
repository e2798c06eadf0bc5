// The CLI contract: exit codes, usage errors with hints, --json, --fail-under, local targets and rule linting.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { BUILTIN_RULES_DIR } from '../../src/rules/index.js';
import { withServedFixture, fixtureSite } from '../helpers/fixture-sites.js';

const work = mkdtempSync(join(tmpdir(), 'atr-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function captureIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', color: false, isTTY: false, columns: 80, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('usage errors exit 2 with a hint', () => {
  it('unknown option', async () => {
    const r = await cli(['audit', 'https://example.invalid/', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option '--bogus'/);
  });
  it('a URL that is not http(s)', async () => {
    const r = await cli(['audit', 'ftp://example.invalid/']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/hint: a URL target must start with http/);
  });
  it('a path that does not exist', async () => {
    const r = await cli(['audit', join(work, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no such file or folder/);
  });
  it('an unknown format', async () => {
    const r = await cli(['audit', 'https://example.invalid/', '--format', 'json,pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown format pdf/);
  });
});

describe('audit outcomes', () => {
  it('exits 3 when the site cannot be reached, and still writes a report saying so', async () => {
    const port = await closedPort();
    const out = join(work, 'unreachable');
    const r = await cli(['audit', `http://127.0.0.1:${port}/`, '--out', out, '--allow-private']);
    expect(r.code).toBe(3);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    expect(report.criteria.every((c) => c.status === 'error')).toBe(true);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(r.err).toMatch(/exit 3: nothing could be read/);
  });

  it('--fail-under fails strictly below the threshold, and --json prints the report', async () => {
    await withServedFixture('typical-partial', async (served) => {
      const at = await cli(['audit', served.url, '--allow-private', '--out', join(work, 'tp1'), '--quiet', '--json', '--fail-under', '50']);
      expect(at.code).toBe(0);
      expect(at.err).toBe('');
      const report = JSON.parse(at.out) as AuditReport;
      expect(report.summary.score).toBe(50);
      const above = await cli(['audit', served.url, '--allow-private', '--out', join(work, 'tp2'), '--quiet', '--fail-under', '51']);
      expect(above.code).toBe(1);
    });
  });

  it('audits a folder of local documents without a network', async () => {
    const out = join(work, 'local');
    const r = await cli(['audit', join(fixtureSite('exemplary').dir, 'site'), '--out', out, '--quiet', '--name', 'Local Council']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    expect(report.organisation.slug).toBe('local-council');
    expect(report.criteria.find((c) => c.id === 'C1')?.status).toBe('met');
    expect(report.sources.every((s) => s.url.startsWith('file://'))).toBe(true);
  });
});

describe('rules commands', () => {
  let broken: string;
  // Two deliberate mistakes in a rule file of our own: a misspelt signal type (line 6) and a concept
  // no lexicon defines (line 16); the rest of the pack stays valid and must still be checked.
  const BROKEN_RULES = [
    'criterion: C2',
    'rules:',
    '  - id: broken-signal',
    '    title: A rule with a misspelt signal type',
    '    level: partial',
    '    message: m',
    '    checks:',
    '      - signal: concept-nearby',
    '        concepts: [records]',
    '    examples: { match: [a], no_match: [b] }',
    '  - id: broken-concept',
    '    title: A rule naming a concept nobody defined',
    '    level: partial',
    '    message: m',
    '    checks:',
    '      - signal: concept-near',
    '        concepts: [route, recordz]',
    '    examples: { match: [a], no_match: [b] }',
  ].join('\n');
  beforeAll(() => {
    broken = join(work, 'broken-pack');
    cpSync(join(BUILTIN_RULES_DIR, 'clearmark'), broken, { recursive: true });
    writeFileSync(join(broken, 'c9-broken.yaml'), `${BROKEN_RULES}\n`);
  });

  it('lint reports each mistake as file:line:col with a hint and exits 2', async () => {
    const r = await cli(['rules', 'lint', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('c9-broken.yaml:8:17 rules.0.checks.0.signal: unknown signal type "concept-nearby"');
    expect(r.err).toMatch(/hint: signal must be one of/);
    expect(r.err).toMatch(/c9-broken.yaml:17:27 unknown concept "recordz" in rule broken-concept/);
    expect(r.err).toMatch(/did you mean one of: records/);
    expect(r.err).toMatch(/2 problems/);
  });

  it('lints one rule file in the context of the pack folder it sits in', async () => {
    const r = await cli(['rules', 'lint', join(broken, 'c9-broken.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/c9-broken.yaml:17:27 unknown concept "recordz"/);
    expect(r.err).toMatch(/2 problems/);
    const clean = await cli(['rules', 'lint', join(broken, 'c1-advertised-right.yaml')]);
    expect(clean.code).toBe(0);
    expect(clean.err).not.toContain('c9-broken');
  });

  it('warns when a pack concept silently shadows a core one, repeats a term after stemming, or is never used', async () => {
    const dir = join(work, 'shadow-pack');
    cpSync(join(BUILTIN_RULES_DIR, 'clearmark'), dir, { recursive: true });
    writeFileSync(join(dir, 'lexicons', 'extra.yaml'), 'concepts:\n  records:\n    terms: [file, files]\n  route:\n    extends: core\n    terms: [drop in]\n  never-read:\n    terms: [anything]\n');
    writeFileSync(join(dir, 'pack.yaml'), readFileSync(join(dir, 'pack.yaml'), 'utf8').replace(/^lexicons: \[/m, 'lexicons: [lexicons/extra.yaml, '));
    const r = await cli(['rules', 'lint', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/extra.yaml:2:3 warning: concept "records" silently shadows the one at .*core.yaml/);
    expect(r.err).toMatch(/hint: say `extends: core`/);
    expect(r.err).toMatch(/extra.yaml:3:19 warning: term "files" of concept "records" is the same as "file" after stemming/);
    expect(r.err).toMatch(/extra.yaml:7:3 warning: concept "never-read" is defined but never used/);
    expect(r.err).not.toMatch(/"route"/);
    expect(r.err).toMatch(/3 warnings/);
  });

  it('the shipped packs lint clean and their examples pass', async () => {
    const lint = await cli(['rules', 'lint']);
    expect(lint.code).toBe(0);
    expect(lint.err).toBe('');
    const t = await cli(['rules', 'test']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/clearmark: \d+ examples passed, 0 failed/);
  });

  it('an audit with a broken pack stops before any request, exit 2', async () => {
    const r = await cli(['audit', 'https://example.invalid/', '--rules', broken, '--out', join(work, 'never')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the rules could not be loaded/);
  });

  it('list shows every criterion and rule', async () => {
    const r = await cli(['rules', 'list', 'clearmark']);
    expect(r.code).toBe(0);
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']) expect(r.out).toContain(`  ${id} `);
    expect(r.out).toContain('clearmark/c1-aimed-page-with-route [met]');
  });
});
