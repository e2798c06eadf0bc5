// `atr-audit foi <audit-dir>`: writes information-request.txt and .md (default <audit-dir>/foi/).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type AuditReport } from '../core/index.js';
import { packDefFor, readAuditReport } from '../pack/index.js';
import { DEFAULT_LABELS } from '../report/index.js';
import { buildInformationRequest, type InformationRequest, type Nation } from './model.js';
import { renderRequestMarkdown, renderRequestText } from './render.js';

export const FOI_FORMATS = ['txt', 'md'] as const;
export type FoiFormat = (typeof FOI_FORMATS)[number];
export const FOI_FILE_NAMES: Record<FoiFormat, string> = { txt: 'information-request.txt', md: 'information-request.md' };

export interface FoiOptions {
  out?: string;
  formats: FoiFormat[];
  rules?: string;
  /** the nation whose law applies; default the report's (from a batch list), else england */
  nation?: Nation;
}

export async function writeInformationRequest(auditDir: string, opts: FoiOptions): Promise<{ outDir: string; written: string[]; request: InformationRequest; report: AuditReport }> {
  const { report, dir } = readAuditReport(auditDir);
  const def = packDefFor(report, opts.rules);
  const nation = opts.nation ?? (report.organisation.nation as Nation | undefined) ?? 'england';
  const request = buildInformationRequest(report, def, def?.labels ?? DEFAULT_LABELS, nation);
  const outDir = resolve(opts.out ?? join(dir, 'foi'));
  const written: string[] = [];
  if (!request.items.length) {
    // Nothing left to ask: an earlier request in this folder is out of date.
    for (const name of Object.values(FOI_FILE_NAMES)) await rm(join(outDir, name), { force: true });
    return { outDir, written, request, report };
  }
  await mkdir(outDir, { recursive: true });
  for (const format of opts.formats) {
    const path = join(outDir, FOI_FILE_NAMES[format]);
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, format === 'txt' ? renderRequestText(request) : renderRequestMarkdown(request));
    await rename(tmp, path);
    written.push(path);
  }
  return { outDir, written, request, report };
}
