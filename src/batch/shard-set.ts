// merge: the folders given must be one whole run. A shard given twice (or the same folder twice)
// or a missing shard would give a summary that silently leaves councils out or counts them twice.
import { UsageError } from '../core/index.js';
import type { BatchState } from './state.js';

export interface ShardFolder {
  dir: string;
  state: BatchState;
}

/** Throws a UsageError (exit 2) unless the sharded folders are every shard i/n once, of one n. */
export function checkShardSet(folders: ShardFolder[]): void {
  const seen = new Map<string, string>();
  for (const f of folders) {
    const again = seen.get(f.dir);
    if (again !== undefined) throw new UsageError(`${f.dir} is given twice; nothing was merged`, 'give each shard folder once');
    seen.set(f.dir, f.dir);
  }
  const sharded = folders.filter((f) => f.state.shard);
  if (sharded.length === 0) return;
  const unsharded = folders.filter((f) => !f.state.shard);
  if (unsharded.length > 0) {
    throw new UsageError(
      `${unsharded[0]!.dir} is a whole run but ${sharded[0]!.dir} is shard ${sharded[0]!.state.shard}; nothing was merged`,
      'merge the shards of one run (batch --shard i/n), or the whole run alone',
    );
  }
  const parsed = sharded.map((f) => {
    const [i, n] = f.state.shard!.split('/').map(Number);
    return { ...f, index: i!, count: n! };
  });
  const counts = [...new Set(parsed.map((p) => p.count))];
  if (counts.length > 1) {
    throw new UsageError(`the folders are shards of different splits (${parsed.map((p) => `${p.dir}: ${p.index}/${p.count}`).join(', ')}); nothing was merged`, 'merge the shards of one run: the same n in --shard i/n');
  }
  const byIndex = new Map<number, string>();
  for (const p of parsed) {
    const other = byIndex.get(p.index);
    if (other) throw new UsageError(`shard ${p.index}/${p.count} is given twice (${other} and ${p.dir}); nothing was merged`, 'give each shard once');
    byIndex.set(p.index, p.dir);
  }
  const n = counts[0]!;
  const missing = Array.from({ length: n }, (_, k) => k + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new UsageError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing: ${byIndex.size} of ${n} given, so the summary would leave councils out; nothing was merged`,
      `give the --out folders of all ${n} shards (a shard that failed can be re-run with batch --shard i/${n} --resume)`,
    );
  }
  const lists = [...new Set(parsed.map((p) => p.state.list))];
  if (lists.length > 1) throw new UsageError(`the shards come from different lists (${lists.join(', ')}); nothing was merged`, 'merge the shards of one run');
}
