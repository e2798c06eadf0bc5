import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { BodyStore } from './types.js';

/** "sha256:<hex>" or bare hex -> hex; refuse anything else so a hash can never become a path. */
function hexOf(hash: string): string {
  const hex = hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : hash;
  if (!/^[0-9a-f]{16,128}$/.test(hex)) throw new Error(`not a content hash: ${hash}`);
  return hex;
}

/** Files <dir>/<hex>.bin, written via a temp file and rename so a killed run never leaves half a body. */
export function createDirBodyStore(dir: string): BodyStore {
  let ready: Promise<unknown> | undefined;
  return {
    async put(hash, body) {
      const file = join(dir, `${hexOf(hash)}.bin`);
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      if (await exists(file)) return; // same hash, same bytes
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, body);
      await rename(temp, file);
    },
    async get(hash) {
      return readFile(join(dir, `${hexOf(hash)}.bin`));
    },
  };
}

export function createMemoryBodyStore(): BodyStore {
  const bodies = new Map<string, Buffer>();
  return {
    async put(hash, body) {
      bodies.set(hexOf(hash), Buffer.from(body));
    },
    async get(hash) {
      const body = bodies.get(hexOf(hash));
      if (!body) throw new Error(`no body stored for ${hash}`);
      return Buffer.from(body);
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
