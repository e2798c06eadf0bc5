// The isolated extractor runs the built worker (dist/extract/extract-worker.js: npm test builds first).
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../../bench/lib/hostile-inputs.mjs';
import type { FetchedResource } from '../core/index.js';
import { createIsolatedExtractor } from './isolated.js';

const resource = (kind: FetchedResource['kind'], url: string): FetchedResource => ({
  url,
  finalUrl: url,
  status: 200,
  contentType: kind === 'html' ? 'text/html' : 'application/octet-stream',
  kind,
  contentHash: 'sha256:x',
  bytes: 0,
  fetchedAt: '2025-03-01T10:00:00.000Z',
  fetchedWith: 'http',
  depth: 1,
  relevance: 1,
});
const PAGE = Buffer.from('<html><body><main><h1>Your records</h1><p>Ask the records team.</p></main></body></html>');

describe('createIsolatedExtractor', () => {
  it('extracts in a worker exactly as in-process', async () => {
    const extract = createIsolatedExtractor();
    try {
      const doc = await extract(resource('html', 'http://127.0.0.1/records'), PAGE);
      expect(doc.blocks.map((b) => b.text)).toEqual(['Your records', 'Ask the records team.']);
    } finally {
      await extract.close();
    }
  });

  it('a document that exhausts the heap or the time budget is an ExtractError, and the next one is read by a fresh worker', async () => {
    const docx = docxBytes(2 * 1024 * 1024); // mammoth needs ~200 MB for this
    const small = createIsolatedExtractor({ maxOldGenerationSizeMb: 24 });
    try {
      await expect(small(resource('docx', 'http://127.0.0.1/big.docx'), docx)).rejects.toMatchObject({ kind: 'too-large', message: /more than 24 MB of memory/ });
      expect((await small(resource('html', 'http://127.0.0.1/records'), PAGE)).title).toBe('Your records');
    } finally {
      await small.close();
    }
    const slow = createIsolatedExtractor({ timeoutMs: 50 });
    try {
      await expect(slow(resource('docx', 'http://127.0.0.1/big.docx'), docx)).rejects.toMatchObject({ kind: 'timeout', message: /took longer than/ });
    } finally {
      await slow.close();
    }
  });
});
