// `atr-audit pack <audit-dir>`: writes evidence-pack.html and evidence-pack.docx, and copies the
// documents the council supplied (from the saved crawl, so the evidence folder need not still exist).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confineName, type AuditReport } from '../core/index.js';
import { createDirBodyStore } from '../fetch/index.js';
import { DEFAULT_LABELS } from '../report/index.js';
import { renderPackDocx } from './docx.js';
import { renderPackHtml } from './html.js';
import { buildPackModel } from './model.js';
import { packDefFor, readAuditReport } from './read-report.js';

export const PACK_FORMATS = ['html', 'docx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const PACK_FILE_NAMES: Record<PackFormat, string> = { html: 'evidence-pack.html', docx: 'evidence-pack.docx' };

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Copy each supplied document's bytes, as read at audit time, to documents/<role>/<file name>. */
async function copySupplied(report: AuditReport, auditDir: string, outDir: string): Promise<string[]> {
  const bodies = createDirBodyStore(join(auditDir, 'crawl', 'bodies'));
  const hashes = new Map(report.sources.filter((s) => s.contentHash).map((s) => [s.url, s.contentHash!]));
  const written: string[] = [];
  for (const d of report.selfCheck?.documents ?? []) {
    const hash = hashes.get(d.url);
    if (!hash || !d.url.startsWith('file:')) continue;
    let body: Buffer;
    try {
      body = await bodies.get(hash);
    } catch {
      continue; // not saved (an older audit): named in the pack, not copied
    }
    const roleDir = confineName(join(outDir, 'documents'), d.role, 'role folder');
    await mkdir(roleDir, { recursive: true });
    const path = confineName(roleDir, basename(fileURLToPath(d.url)), 'document name');
    await writeAtomic(path, body);
    written.push(path);
  }
  return written;
}

export interface PackOptions {
  out?: string;
  formats: PackFormat[];
  rules?: string;
}

export async function writeEvidencePack(auditDir: string, opts: PackOptions): Promise<{ outDir: string; written: string[]; report: AuditReport }> {
  const { report, dir } = readAuditReport(auditDir);
  const def = packDefFor(report, opts.rules);
  const model = buildPackModel(report, def?.labels ?? DEFAULT_LABELS);
  const outDir = resolve(opts.out ?? join(dir, 'pack'));
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  if (opts.formats.includes('html')) {
    await writeAtomic(join(outDir, PACK_FILE_NAMES.html), renderPackHtml(model));
    written.push(join(outDir, PACK_FILE_NAMES.html));
  }
  if (opts.formats.includes('docx')) {
    await writeAtomic(join(outDir, PACK_FILE_NAMES.docx), await renderPackDocx(model, report.finishedAt));
    written.push(join(outDir, PACK_FILE_NAMES.docx));
  }
  written.push(...(await copySupplied(report, dir, outDir)));
  return { outDir, written, report };
}
