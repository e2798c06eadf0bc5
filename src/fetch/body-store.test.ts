import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../core/index.js';
import { createDirBodyStore, createMemoryBodyStore } from './body-store.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('body stores', () => {
  it('dir store writes <hex>.bin and reads it back, leaving no temp files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atr-bodies-'));
    dirs.push(dir);
    const store = createDirBodyStore(join(dir, 'bodies'));
    const body = Buffer.from('hello records');
    const hash = sha256(body);
    await store.put(hash, body);
    await store.put(hash, body); // idempotent
    expect((await store.get(hash)).toString()).toBe('hello records');
    expect(await readdir(join(dir, 'bodies'))).toEqual([`${hash.slice('sha256:'.length)}.bin`]);
  });

  it('refuses a hash that could escape the folder', async () => {
    const store = createDirBodyStore(tmpdir());
    await expect(store.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/not a content hash/);
  });

  it('memory store round-trips and fails on unknown hashes', async () => {
    const store = createMemoryBodyStore();
    const body = Buffer.from('abc');
    await store.put(sha256(body), body);
    expect((await store.get(sha256(body))).toString()).toBe('abc');
    await expect(store.get(sha256('other'))).rejects.toThrow(/no body/);
  });
});
