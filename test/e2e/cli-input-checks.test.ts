// Issue 13.7: inputs that used to be accepted and did nothing useful (or the wrong thing) are a
// usage error, exit 2, with the fix in the hint, and nothing is written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { sampleReport } from '../helpers/sample-report.js';
import { renderJson } from '../../src/report/index.js';

const work = mkdtempSync(join(tmpdir(), 'atr-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const io: CliIo & { err: string } = { err: '', color: false, isTTY: false, columns: 100, stdout: () => undefined, stderr: (t: string) => void (io.err += t) };
  const code = await run(args, io);
  return { code, err: io.err };
}

const list = (name: string, rows: string[]): string => {
  const path = join(work, name);
  writeFileSync(path, ['code,name,nation,type,homepage', ...rows].join('\n') + '\n');
  return path;
};
const good = list('good.csv', ['W1,Cwm Council,wales,unitary,http://127.0.0.1:9/', 'E1,Eastmere Council,england,unitary,http://127.0.0.1:9/e']);

describe('batch inputs', () => {
  it('--only walse: exit 2, suggests wales, writes nothing', async () => {
    const out = join(work, 'only-out');
    const r = await cli(['batch', good, '--only', 'walse', '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--only walse matches no site's code, slug or nation in the list/);
    expect(r.err).toMatch(/did you mean --only wales\?/);
    expect(existsSync(out)).toBe(false);
  });

  it('--skip with an unknown code is exit 2 too', async () => {
    const r = await cli(['batch', good, '--skip', 'X99', '--out', join(work, 'skip-out'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--skip X99 matches no site/);
  });

  it('a misspelt nation in the list: exit 2 with the line and the nations', async () => {
    const r = await cli(['batch', list('nation.csv', ['E1,Eastmere Council,englnd,unitary,http://127.0.0.1:9/']), '--out', join(work, 'n-out'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nation\.csv:2: nation: unknown nation "englnd" \(did you mean england\?\)/);
    expect(r.err).toMatch(/nations: england, wales, scotland, northern-ireland/);
  });

  it('a council listed twice (the same code): exit 2 naming both lines', async () => {
    const r = await cli(['batch', list('twice.csv', ['X1,One,england,unitary,http://127.0.0.1:9/a', 'X1,Two,england,unitary,http://127.0.0.1:9/b']), '--out', join(work, 't-out'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/twice\.csv:3: code: X1 is already on line 2/);
    expect(r.err).toMatch(/list each council once/);
  });
});

describe('diff inputs', () => {
  it('an audit against a batch folder: exit 2, says to give two of a kind', async () => {
    const audit = join(work, 'audit');
    const batch = join(work, 'batch');
    mkdirSync(audit, { recursive: true });
    mkdirSync(join(batch, 'harrowfield'), { recursive: true });
    writeFileSync(join(audit, 'report.json'), renderJson(sampleReport));
    writeFileSync(join(batch, 'harrowfield', 'report.json'), renderJson(sampleReport));
    cpSync(join(batch, 'harrowfield'), join(batch, 'other'), { recursive: true });
    for (const [a, b] of [[audit, batch], [batch, audit], [join(audit, 'report.json'), batch]]) {
      const r = await cli(['diff', a!, b!]);
      expect(r.code, `${a} ${b}`).toBe(2);
      expect(r.err).toMatch(/cannot compare (an audit|a batch folder) \(.*\) with (a batch folder|an audit)/);
      expect(r.err).toMatch(/give two audits, or two batch folders/);
    }
    expect((await cli(['diff', batch, batch])).code).toBe(0);
    expect((await cli(['diff', audit, join(batch, 'harrowfield')])).code).toBe(0);
  });
});
