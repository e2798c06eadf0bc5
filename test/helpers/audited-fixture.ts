// Audits one fixture site's local folder through the CLI once and hands back what it wrote
// (report.json parsed, report.html and report.md), for tests that read the outputs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { AuditReport } from '../../src/core/index.js';
import { fixtureSite } from './fixture-sites.js';

export interface AuditedFixture {
  report: AuditReport;
  html: string;
  md: string;
  /** the temporary folder holding the audit (and anything else the test writes); remove() deletes it */
  work: string;
  remove: () => void;
}

export const quietIo: CliIo = { color: false, isTTY: false, columns: 80, stdout: () => undefined, stderr: () => undefined };

export async function auditFixture(name: string): Promise<AuditedFixture> {
  const work = mkdtempSync(join(tmpdir(), `atr-${name}-`));
  const out = join(work, name);
  expect(await run(['audit', join(fixtureSite(name).dir, 'site'), '--out', out, '--quiet', '--format', 'json,html,md'], quietIo)).toBe(0);
  return {
    report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport,
    html: readFileSync(join(out, 'report.html'), 'utf8'),
    md: readFileSync(join(out, 'report.md'), 'utf8'),
    work,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
