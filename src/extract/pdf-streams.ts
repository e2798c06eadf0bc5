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
    if (!/\/(FlateDecode|Fl)\b/.test(own) || /\/Subtype\s*\/Image\b/.test(own)) continue;
    const remaining = maxInflatedBytes - total;
    let size: number;
    try {
      size = await countInflated(body.subarray(start, end), remaining, () => createInflate({ finishFlush: constants.Z_SYNC_FLUSH }));
    } catch {
      continue; // broken stream: pdf.js decides
    }
    if (size > remaining) {
      throw new ExtractError('too-large', `PDF streams inflate to more than ${Math.round(maxInflatedBytes / 1048576)} MB: too large to read safely`);
    }
    total += size;
  }
}
