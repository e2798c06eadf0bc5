import { constants, createInflate } from 'node:zlib';
import { ExtractError } from './errors.js';
import { countInflated } from './inflate-cap.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const DICT_LOOKBACK = 2048;

/**
 * pdf.js inflates a content stream in full before reading it, so a 1 MB PDF can ask for GiBs.
 * Count what the Flate streams pdf.js would decode for text (not images) really inflate to, with
 * a cap on the total, before pdf.js sees the file. Streams that do not inflate cleanly are left
 * to pdf.js (it reports them); an overrun is `too-large`.
 */
export async function checkPdfStreams(body: Buffer, maxInflatedBytes: number): Promise<void> {
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = body.indexOf(STREAM, at);
    if (keyword < 0) return;
    at = keyword + STREAM.length;
    if (keyword >= 3 && body.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = at;
    if (body[start] === 0x0d) start++;
    if (body[start] !== 0x0a) continue;
    start++;
    const end = body.indexOf(END_STREAM, start);
    if (end < 0) return;
    at = end + END_STREAM.length;
    const dict = body.toString('latin1', Math.max(0, keyword - DICT_LOOKBACK), keyword);
    const own = dict.slice(dict.lastIndexOf('obj') + 1);
    if (/\/Subtype\s*\/Image\b/.test(own)) continue;
    const flate = /\/(FlateDecode|Fl)\b/.test(own);
    const lzw = /\/(LZWDecode|LZW)\b/.test(own);
    if (!flate && !lzw) continue;
    const remaining = maxInflatedBytes - total;
    let size: number;
    try {
      // pdf.js decodes LZW itself; a chained Flate+LZW stream is counted by its Flate stage only.
      size = flate
        ? await countInflated(body.subarray(start, end), remaining, () => createInflate({ finishFlush: constants.Z_SYNC_FLUSH }))
        : countLzwDecoded(body.subarray(start, end), remaining, /\/EarlyChange\s+0\b/.test(own) ? 0 : 1);
    } catch {
      continue; // broken stream: pdf.js decides
    }
    if (size > remaining) {
      throw new ExtractError('too-large', `PDF streams inflate to more than ${Math.round(maxInflatedBytes / 1048576)} MB: too large to read safely`);
    }
    total += size;
  }
}

/**
 * The size an LZWDecode stream (PDF 32000-1, 7.4.4) decodes to, counted without decoding: only
 * each table entry's length is kept, so a stream asking for GiBs costs its own length in time.
 * Stops counting past `cap`; a code the table cannot have yet ends the count (pdf.js decides).
 */
export function countLzwDecoded(data: Uint8Array, cap: number, earlyChange = 1): number {
  const CLEAR = 256;
  const EOD = 257;
  const lengths = new Int32Array(4096).fill(1, 0, 256);
  let next = 258;
  let width = 9;
  let prev = -1;
  let out = 0;
  let bits = 0;
  let held = 0;
  for (let i = 0; i < data.length; i++) {
    held = ((held << 8) | data[i]!) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (held >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === CLEAR) {
        next = 258;
        width = 9;
        prev = -1;
        continue;
      }
      if (code === EOD) return out;
      let length: number;
      if (prev < 0) length = lengths[code]!;
      else if (code < next) length = lengths[code]!;
      else if (code === next) length = lengths[prev]! + 1;
      else return out;
      if (prev >= 0 && next < 4096) {
        lengths[next] = lengths[prev]! + 1;
        next++;
        if (next + earlyChange >= 1 << width && width < 12) width++;
      }
      out += length;
      if (out > cap) return out;
      prev = code;
    }
  }
  return out;
}
