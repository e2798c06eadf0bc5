// The child-process side of site-process.ts: sites' audits, one at a time, in a process the
// batch can kill when one overruns even if something blocks this process's main thread.
//
// Messages in: {type:'run', job}, then maybe {type:'stop'} (the batch is stopping).
// Message out: one ChildReply per job. The child exits when its parent disconnects or goes
// (the IPC channel closes when the batch is killed, so an orphan never writes into <out>).
//
// Test-only hook: ATR_AUDIT_TEST_SITE_FAULT=<slug>:hang blocks this process's main thread for
// good on that site (standing in for a parser or rule that escaped its worker; a synchronous
// wait rather than a spin, so the test does not steal a core from the other sites);
// <slug>:crash makes it abort like a native crash. It is read from the environment of the person
// running the batch; nothing a site serves can set it.
import { createAddressGuard, createHttpClient, type HttpClient } from '../fetch/index.js';
import { systemClock } from '../discover/index.js';
import { auditSite } from './audit-site.js';
import type { ChildJob, ChildMessage, ChildReply } from './site-process.js';


const FAULT_HOOK = 'ATR_AUDIT_TEST_SITE_FAULT';

// Ctrl-C reaches the whole process group: the parent decides, and tells this child to stop.
process.on('SIGINT', () => undefined);
process.on('disconnect', () => process.exit(0));

let stop = new AbortController();
// One client for every site this child audits, as the batch had when it ran in one process.
let http: HttpClient | undefined;

async function runJob(job: ChildJob): Promise<ChildReply> {
  const fault = process.env[FAULT_HOOK];
  if (fault === `${job.site.slug}:hang`) for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  if (fault === `${job.site.slug}:crash`) process.abort();
  http ??= createHttpClient({ addresses: createAddressGuard({ allowPrivate: job.allowPrivate }) });
  const run = await auditSite(job.site, job.opts, { http, clock: systemClock, stop: stop.signal });
  return {
    ...(run.result ? { result: run.result } : {}),
    waiversUsed: run.waivers.used.map((u) => ({ index: job.opts.waivers.indexOf(u.waiver), matched: u.matched })),
    waiversExpired: run.waivers.expired.map((w) => job.opts.waivers.indexOf(w)),
  };
}

function say(message: ChildMessage, then: () => void = () => undefined): void {
  process.send?.(message, then);
}
const reply = (answer: ChildReply): void => say({ type: 'done', ...answer });

process.on('message', (message: { type: 'run'; job: ChildJob } | { type: 'stop' }) => {
  if (message.type === 'stop') {
    stop.abort();
    return;
  }
  stop = new AbortController();
  // The job begins once "started" is on its way, so the batch's clock for it starts too.
  const { job } = message;
  say({ type: 'started' }, () =>
    void runJob(job).then(reply, (err: unknown) =>
      reply({ result: { outcome: 'failed', reason: `error: ${err instanceof Error ? err.message : String(err)}` }, waiversUsed: [], waiversExpired: [] }),
    ),
  );
});
