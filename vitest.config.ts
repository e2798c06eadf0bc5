import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine, where
    // most files wait on one thread (an audit) or on sockets and child processes. Two files at once
    // keep both cores busy; bigger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
