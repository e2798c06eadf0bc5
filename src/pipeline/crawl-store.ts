import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrawlRecord } from '../core/index.js';
import { createDirBodyStore, type BodyStore } from '../fetch/index.js';

/** A saved crawl: <dir>/crawl/crawl.json plus the bodies by hash, all that `rescore` needs. */
export function crawlDir(outDir: string): string {
  return join(outDir, 'crawl');
}

export function crawlBodies(outDir: string): BodyStore {
  return createDirBodyStore(join(crawlDir(outDir), 'bodies'));
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function saveCrawlRecord(outDir: string, record: CrawlRecord): Promise<void> {
  await mkdir(crawlDir(outDir), { recursive: true });
  await writeFileAtomic(join(crawlDir(outDir), 'crawl.json'), `${JSON.stringify(record, null, 2)}\n`);
}

export async function loadCrawlRecord(outDir: string): Promise<CrawlRecord> {
  const raw = await readFile(join(crawlDir(outDir), 'crawl.json'), 'utf8');
  const record = JSON.parse(raw) as CrawlRecord;
  if (record.crawlVersion !== 1) throw new Error(`unsupported crawl version ${String(record.crawlVersion)}`);
  return record;
}
