// Issue 13.4: what matters is on the terminal. Out-of-date law (advisories) and documents that
// could not be read (.odt, .rtf, a broken PDF or Word file) are listed under the score, and
// .odt/.rtf files of a local target are in `sources` as skipped, unsupported, with a problem.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { fixtureSite } from '../helpers/fixture-sites.js';

const work = mkdtempSync(join(tmpdir(), 'atr-attention-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const io: CliIo & { err: string } = { err: '', color: false, isTTY: false, columns: 120, stdout: () => undefined, stderr: (t: string) => void (io.err += t) };
  const code = await run(args, io);
  return { code, err: io.err };
}

describe('the terminal summary shows what matters', () => {
  const site = join(work, 'council');
  cpSync(join(fixtureSite('outdated-law').dir, 'site'), site, { recursive: true });
  // OpenDocument: a zip whose first entry is the stored "mimetype"
  writeFileSync(join(site, 'records-leaflet.odt'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text')]));
  writeFileSync(join(site, 'records-guide.rtf'), '{\\rtf1\\ansi Your care records}');
  writeFileSync(join(site, 'records-policy.pdf'), '%PDF-1.4\nthis is not a PDF body');
  writeFileSync(join(site, 'records-letter.docx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml broken')]));

  it('lists out-of-date law and unreadable documents under the score', async () => {
    const out = join(work, 'out');
    const r = await cli(['audit', site, '--out', out, '--name', 'Outdated']);
    expect(r.code).toBe(0);
    // the outdated-law warnings are the legal-accuracy pack's (on by default), by its criteria
    expect(r.err).toMatch(/Out-of-date or misleading wording \(\d+\):\n {2}high L1: Names the Data Protection Act 1998/);
    expect(r.err).toMatch(/ {2}high L3: Asks for a fee for a request/);
    expect(r.err).toMatch(/ {2}high L2: Gives 40 days/);
    expect(r.err).toMatch(/Documents we could not read \(4\), which may hold evidence:/);
    for (const name of ['records-leaflet.odt', 'records-guide.rtf', 'records-policy.pdf', 'records-letter.docx']) expect(r.err).toContain(`  ${name}: `);

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    const row = (name: string) => report.sources.find((s) => s.url === pathToFileURL(join(site, name)).href);
    expect(row('records-leaflet.odt')).toEqual({ url: pathToFileURL(join(site, 'records-leaflet.odt')).href, outcome: 'skipped', reason: 'unsupported-type' });
    expect(row('records-guide.rtf')).toMatchObject({ outcome: 'skipped', reason: 'unsupported-type' });
    expect(report.problems.filter((p) => p.kind === 'unsupported-type').map((p) => p.message)).toEqual([
      expect.stringMatching(/cannot read \(\.rtf\); a PDF or Word \(\.docx\) copy would be read/),
      expect.stringMatching(/cannot read \(\.odt\)/),
    ]);
    // report.html puts the advisories before the criterion details
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.indexOf('id="advisories"')).toBeLessThan(html.indexOf('id="criterion-C1"'));
  });
});
