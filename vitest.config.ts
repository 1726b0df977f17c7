import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest (seconds of real waiting or CPU each), started first so that neither
 * worker is left running one of them alone at the end. Without a results cache vitest starts the
 * largest files first, and these are not the largest.
 */
const SLOW_FIRST = [
  'test/security/distinct-documents.test.ts',
  'test/ops/drain.test.ts',
  'test/ops/cluster.test.ts',
  'test/browser/landing-offline.test.ts',
  'test/browser/desk.test.ts',
  'test/resilience/fault-matrix.test.ts',
  'test/ops/startup.test.ts',
  'test/resilience/circuit.test.ts',
];

/** Vitest's order (failed, then longest last time, first), with SLOW_FIRST ahead of the rest. */
class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((slow) => file.moduleId.endsWith(slow));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // Array#sort is stable: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Two files at a time on two cores (vitest's default is cores - 1, so one): much of the suite waits
    // on sockets, timers and child processes. Measured on test/resilience, cache and live: 143 s with
    // one worker, 90 s with two; three made the Redis tests fail.
    maxWorkers: 2,
    // Each worker keeps its modules from one file to the next instead of importing the server's
    // graph again for every file: imports took 128 s of a 277 s run, 14 s without. Tests therefore
    // inject what they change (harness options, createServer deps) rather than vi.mock a module.
    isolate: false,
    sequence: { sequencer: SlowFirstSequencer },
  },
});
