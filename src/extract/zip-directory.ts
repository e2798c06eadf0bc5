import { inflateRawSync } from 'node:zlib';
import { ExtractError } from './errors.js';

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

/** Inflate one small entry (e.g. docProps/core.xml), capped at maxBytes. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.subarray(0, maxBytes);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
  return undefined;
}
