// The worker side of isolated.ts: parse one resource at a time, answer with the document or the
// ExtractError's kind and message. Runs in a worker thread with its own heap limit.
import { parentPort } from 'node:worker_threads';
import type { FetchedResource } from '../core/index.js';
import { ExtractError } from './errors.js';
import { extractResource } from './resource.js';

interface Job {
  id: number;
  resource: FetchedResource;
  body: Uint8Array;
}

parentPort?.on('message', (job: Job) => {
  const body = Buffer.from(job.body.buffer, job.body.byteOffset, job.body.byteLength);
  extractResource(job.resource, body).then(
    (doc) => parentPort?.postMessage({ id: job.id, doc }),
    (err: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: { kind: err instanceof ExtractError ? err.kind : 'parse-error', message: err instanceof Error ? err.message : String(err) },
      }),
  );
});
