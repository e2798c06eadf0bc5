// One batch row for bench/hostile.mjs: two fixture councils, one whose site process blocks its
// main thread for good (the test-only hook ATR_AUDIT_TEST_SITE_FAULT), `--site-timeout 5`. Prints
// one JSON line: { ms, outcome }. The CLI runs in its own process, so the hook reaches only it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { listFixtureSites, serveFixture } = await import(`${root}dist/demo/index.js`);
const work = mkdtempSync(join(tmpdir(), 'atr-hostile-batch-'));
const served = await Promise.all(listFixtureSites().slice(0, 2).map((f) => serveFixture(f)));
try {
  const list = join(work, 'list.csv');
  writeFileSync(list, `code,name,homepage\nB1,Stuck,${served[0].url}\nB2,Good,${served[1].url}\n`);
  const out = join(work, 'out');
  const started = performance.now();
  // Not spawnSync: it would block this process's fixture servers.
  const r = await new Promise((resolve) => {
    {
      const child = spawn(process.execPath, [join(root, 'bin/atr-audit.js'), 'batch', list, '--out', out, '--site-timeout', '5', '--render', 'never', '--delay', '0', '--allow-private', '--quiet'], {
        env: { ...process.env, ATR_AUDIT_TEST_SITE_FAULT: 'b1:hang' },
        stdio: 'ignore',
      });
      const cap = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('exit', (code, signal) => (clearTimeout(cap), resolve({ code, signal })));
    }
  });
  const ms = performance.now() - started;
  let outcome = `exit ${r.code ?? r.signal}`;
  try {
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    outcome += `: ${s.sites.map((x) => `${x.slug} ${x.outcome}${x.reason ? ` (${x.reason.split(':')[0]})` : ''}`).join(', ')}`;
  } catch {
    outcome += ', no summary';
  }
  console.log(JSON.stringify({ ms, outcome }));
} finally {
  await Promise.all(served.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
}
