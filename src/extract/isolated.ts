// Parsers of untrusted bytes run in a worker thread with a heap limit and a wall-clock budget:
// a document that exhausts either is terminated with its worker and becomes a recorded problem
// (ExtractError), never a crash or a hang of the audit. One worker per extractor, one document at
// a time, replaced after it is terminated or dies.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument, FetchedResource } from '../core/index.js';
import { ExtractError } from './errors.js';

export interface IsolationLimits {
  /** wall-clock time for one document, parsing included (default 45 s) */
  timeoutMs?: number;
  /** the worker's V8 heap (default 768 MB) */
  maxOldGenerationSizeMb?: number;
}

export interface IsolatedExtractor {
  (resource: FetchedResource, body: Buffer): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 45_000;
const DEFAULT_HEAP_MB = 768;

type Reply = { id: number; doc: ExtractedDocument } | { id: number; error: { kind: ExtractError['kind']; message: string } };

/** The built worker beside this file; under vitest (src/*.ts) the built copy in dist/ (npm test builds first). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? here.replace(/([\\/])src([\\/])extract([\\/])isolated\.ts$/, '$1dist$2extract$3extract-worker.js') : here.replace(/isolated\.js$/, 'extract-worker.js');
  if (!existsSync(file)) throw new Error(`extraction worker not built: ${file} (run npm run build)`);
  return file;
}

export function createIsolatedExtractor(limits: IsolationLimits = {}): IsolatedExtractor {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const heapMb = limits.maxOldGenerationSizeMb ?? DEFAULT_HEAP_MB;
  let worker: Worker | undefined;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    const w = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.unref();
    return w;
  };
  const stop = async (w: Worker): Promise<void> => {
    if (worker === w) worker = undefined;
    await w.terminate();
  };

  const runOne = (resource: FetchedResource, body: Buffer): Promise<ExtractedDocument> => {
    const w = (worker ??= start());
    const id = nextId++;
    return new Promise<ExtractedDocument>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage).off('error', onError).off('exit', onExit);
        w.unref();
      };
      const fail = (err: ExtractError): void => {
        done();
        void stop(w);
        reject(err);
      };
      const onMessage = (reply: Reply): void => {
        if (reply.id !== id) return;
        done();
        if ('doc' in reply) resolve(reply.doc);
        else reject(new ExtractError(reply.error.kind, reply.error.message));
      };
      const onError = (err: Error & { code?: string }): void =>
        fail(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ExtractError('too-large', `reading this ${resource.kind} needed more than ${heapMb} MB of memory: stopped`)
            : new ExtractError('parse-error', `the ${resource.kind} parser crashed: ${err.message}`),
        );
      const onExit = (code: number): void => fail(new ExtractError('parse-error', `the ${resource.kind} parser stopped (exit ${code})`));
      const timer = setTimeout(() => fail(new ExtractError('timeout', `reading this ${resource.kind} took longer than ${Math.round(timeoutMs / 1000)} s: stopped`)), timeoutMs);
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      w.ref();
      w.postMessage({ id, resource, body: new Uint8Array(body) });
    });
  };

  // Started now, so loading the parsers overlaps the first requests of the crawl.
  worker = start();

  const extract = ((resource: FetchedResource, body: Buffer) => {
    const job = queue.then(() => runOne(resource, body));
    queue = job.catch(() => undefined);
    return job;
  }) as IsolatedExtractor;
  // Ends the worker at once: a document still being read rejects (the audit is over or aborted).
  extract.close = async () => {
    if (worker) await stop(worker);
  };
  return extract;
}
