import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { ExtractError } from './errors.js';
import { countInflated } from './inflate-cap.js';

/** One entry of a zip's central directory, as declared (not yet trusted). */
export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** 0xFFFFFFFF marks a Zip64 size (4 GB or more): always over any limit we use. */
const ZIP64_MARK = 0xffffffff;

/** Read the central directory without inflating anything: cheap, so it can run before a parser. */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const stop = Math.max(0, buf.length - EOCD_MIN - MAX_COMMENT);
  let eocd = -1;
  for (let i = buf.length - EOCD_MIN; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ExtractError('parse-error', 'not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new ExtractError('parse-error', 'corrupt zip central directory');
    }
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    entries.push({
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sum of declared uncompressed sizes; a Zip64 marker counts as infinite. */
export function declaredUncompressedBytes(entries: ZipEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize === ZIP64_MARK ? Number.POSITIVE_INFINITY : e.uncompressedSize;
  return total;
}

/** The bytes of an entry as stored (compressed), or undefined when its local header is broken. */
function storedData(buf: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * The real uncompressed size of an entry, whatever its headers say: inflated as a stream and
 * thrown away chunk by chunk, stopping as soon as it passes `cap` (then the answer is cap + 1).
 * Memory stays at one chunk, time at `cap` bytes of inflating.
 */
export async function inflatedSize(buf: Buffer, entry: ZipEntry, cap: number): Promise<number> {
  const data = storedData(buf, entry);
  if (!data) throw new ExtractError('parse-error', `corrupt zip entry ${entry.name}`);
  if (entry.method === 0) return Math.min(data.length, cap + 1);
  if (entry.method !== 8) throw new ExtractError('parse-error', `zip entry ${entry.name} uses an unsupported compression method (${entry.method})`);
  return countInflated(data, cap, () => createInflateRaw()).catch((err: Error) => {
    throw new ExtractError('parse-error', `corrupt zip entry ${entry.name}: ${err.message}`);
  });
}

/** Inflate one small entry (e.g. docProps/core.xml), capped at maxBytes. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | undefined {
  const data = storedData(buf, entry);
  if (!data) return undefined;
  try {
    if (entry.method === 0) return data.subarray(0, maxBytes);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
  return undefined;
}
