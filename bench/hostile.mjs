// Benchmark: hostile inputs (bombs, deep and wide HTML, wildcard robots.txt), each run in its own
// process with a wall-clock cap, beside a small baseline of the same kind measured in the same
// run. Prints time, outcome and the process's peak RSS (input read from a file, so building it
// is not counted); no thresholds are asserted.
// HOSTILE_TIMEOUT_S (default 120) caps each case; HOSTILE_ONLY=<substring> picks cases;
// HOSTILE_DIST=<folder> measures another build (a baseline from before a change);
// HOSTILE_INPROCESS=1 extracts in the main thread instead of the isolated worker.
// `npm run reliability` runs this and fails (exit 1) when any case crashed or hung; each case's
// own outcome (too-large, timeout, read) is the recorded problem a user would see.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runner = fileURLToPath(new URL('./lib/hostile-case.mjs', import.meta.url));
const timeoutS = Number(process.env.HOSTILE_TIMEOUT_S ?? 120);
const only = process.env.HOSTILE_ONLY;
const work = mkdtempSync(join(tmpdir(), 'atr-hostile-'));
const names = JSON.parse(spawnSync(process.execPath, [runner], { encoding: 'utf8' }).stdout);
console.log(`hostile inputs, each in its own process, cap ${timeoutS} s, node ${process.version}${process.env.HOSTILE_INPROCESS ? ', in-process extraction' : ''}`);
console.log(`${'case'.padEnd(42)}${'ms'.padStart(9)}${'peak MB'.padStart(9)}  outcome`);
const failures = { crashes: 0, hangs: 0 };
let cases = 0;
try {
  for (const name of names.filter((n) => !only || n.includes(only))) {
    const file = join(work, 'input');
    const made = spawnSync(process.execPath, ['--max-old-space-size=8192', runner, 'make', name, file], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`could not build ${name}: ${made.stderr}`);
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', runner, 'run', name, file], { encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 20 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let shown;
    try {
      const j = JSON.parse(line);
      shown = `${j.ms.toFixed(0).padStart(9)}${j.rssMb.toFixed(0).padStart(9)}  ${j.outcome}`;
    } catch {
      if (r.error) failures.hangs++;
      else failures.crashes++;
      const why = r.error ? 'killed at the cap (hang)' : `crashed: ${r.signal ?? r.status} ${r.stderr.split('\n').find((l) => /error|heap/i.test(l)) ?? ''}`;
      shown = `${(r.error ? `>${timeoutS * 1000}` : '?').padStart(9)}${'?'.padStart(9)}  ${why}`;
    }
    console.log(`${name.padEnd(42)}${shown}`);
    cases++;
  }
  // A batch whose site blocks its process's main thread (this build's batch only: the hook is in its site process).
  const batchCase = 'batch: a site blocking its main thread';
  if (!only || batchCase.includes(only)) {
    const b = spawnSync(process.execPath, [fileURLToPath(new URL('./lib/hostile-batch.mjs', import.meta.url))], { encoding: 'utf8', timeout: 180_000 });
    const j = JSON.parse(b.stdout.trim().split('\n').pop() || '{"ms":null,"outcome":"bench failed"}');
    console.log(`${batchCase.padEnd(42)}${String(j.ms?.toFixed(0) ?? '?').padStart(9)}${'-'.padStart(9)}  ${j.outcome}`);
    cases++;
    if (b.error) failures.hangs++;
    else if (j.ms === null) failures.crashes++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${cases} cases: ${failures.crashes} crashes, ${failures.hangs} hangs`);
if (failures.crashes + failures.hangs > 0) process.exitCode = 1;
