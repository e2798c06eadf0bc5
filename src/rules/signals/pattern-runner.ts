// Rule patterns (the claim signal's regular expressions) are user data, and a JavaScript regex
// cannot be interrupted once it starts backtracking. So they run in a worker thread while this
// thread waits with a time budget: a pattern that overruns it has its worker terminated, throws
// PatternBudgetError (the audit records a problem for that rule and document and goes on), and is
// not run again in this process. `rules lint` refuses the known catastrophic shapes before this
// (safe-pattern.ts); this is the backstop for what a static check cannot see.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Time one claim check may spend on one document's text. */
export const PATTERN_BUDGET_MS = 2000;
/** Characters of one block a pattern sees: polynomial patterns stay bounded on huge blocks. */
export const MAX_BLOCK_CHARS = 20_000;

export class PatternBudgetError extends Error {
  constructor(
    readonly pattern: string,
    readonly budgetMs: number,
  ) {
    super(`pattern /${pattern}/ took longer than ${budgetMs} ms and was stopped`);
    this.name = 'PatternBudgetError';
  }
}

/** For each pattern, for each text: its matches as [index, length]. */
export type PatternMatches = Array<Array<Array<[number, number]>>>;

// Plain CommonJS so it runs the same from src (vitest) and dist. state[0]: 1 when a reply is
// posted; state[1]: the index of the pattern being run (to name the one that overran).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const state = new Int32Array(workerData.shared);
parentPort.on('message', ({ port, patterns, texts }) => {
  let reply;
  try {
    reply = { matches: patterns.map((p, i) => {
      Atomics.store(state, 1, i);
      const r = new RegExp(p, 'giu');
      return texts.map((t) => Array.from(t.matchAll(r), (m) => [m.index, m[0].length]));
    }) };
  } catch (e) {
    reply = { error: String(e && e.message) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
});
`;

interface Runner {
  worker: Worker;
  state: Int32Array;
}

let runner: Runner | undefined;
const overran = new Set<string>();

function getRunner(): Runner {
  if (!runner) {
    const shared = new SharedArrayBuffer(12); // [reply posted, pattern index, a slot only ever waited on]
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared } });
    worker.unref(); // never keeps the process alive
    worker.on('error', () => {
      if (runner?.worker === worker) runner = undefined;
    });
    runner = { worker, state: new Int32Array(shared) };
  }
  return runner;
}

/**
 * Every match of every pattern (flags giu) in every text, each text cut to MAX_BLOCK_CHARS.
 * Synchronous; throws PatternBudgetError when the patterns take longer than `budgetMs`.
 */
export function findAllMatches(patterns: string[], texts: string[], budgetMs = PATTERN_BUDGET_MS): PatternMatches {
  const stopped = patterns.find((p) => overran.has(p));
  if (stopped !== undefined) throw new PatternBudgetError(stopped, budgetMs);
  if (patterns.length === 0) return [];
  const r = getRunner();
  const { port1, port2 } = new MessageChannel();
  Atomics.store(r.state, 0, 0);
  Atomics.store(r.state, 1, 0);
  r.worker.postMessage({ port: port2, patterns, texts: texts.map((t) => (t.length > MAX_BLOCK_CHARS ? t.slice(0, MAX_BLOCK_CHARS) : t)) }, [port2]);
  const deadline = Date.now() + budgetMs;
  let waited = Atomics.wait(r.state, 0, 0, budgetMs);
  let reply = receiveMessageOnPort(port1)?.message as { matches?: PatternMatches; error?: string } | undefined;
  // The flag can be seen before the reply is readable on this side of the channel (seen under
  // load): keep reading, briefly, within the same budget.
  while (!reply && Date.now() < deadline) {
    Atomics.wait(r.state, 2, 0, 1);
    reply = receiveMessageOnPort(port1)?.message as typeof reply;
  }
  if (!reply) waited = 'timed-out';
  port1.close();
  if (waited === 'timed-out' && !reply) {
    const culprit = patterns[Atomics.load(r.state, 1)] ?? patterns[0]!;
    overran.add(culprit);
    void r.worker.terminate();
    runner = undefined;
    throw new PatternBudgetError(culprit, budgetMs);
  }
  if (!reply?.matches) throw new Error(`rule patterns could not run: ${reply?.error ?? 'no reply from the pattern worker'}`);
  return reply.matches;
}
