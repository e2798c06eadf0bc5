import type { Transform } from 'node:stream';

/**
 * How many bytes `data` inflates to, counted chunk by chunk and thrown away, stopping as soon as
 * the count passes `cap` (the answer is then cap + 1). Memory stays at one chunk whatever the
 * data claims; time is bounded by `cap` bytes of inflating. Corrupt data rejects.
 */
export function countInflated(data: Buffer, cap: number, inflater: () => Transform): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = inflater();
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        stream.destroy();
        resolve(cap + 1);
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
    stream.end(data);
  });
}
