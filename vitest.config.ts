import { defineConfig } from 'vitest/config';
import { IsolationFirstSequencer } from './mock-server/test-support/isolation-first-sequencer.js';

// In CI the run also writes vitest's JSON results, from which .ci/run prints its closing line.
const ci = process.env.CI === 'true';

export default defineConfig({
  test: {
    include: [
      'contract/**/*.test.ts',
      'mock-server/**/*.test.ts',
      'intercept/**/*.test.ts',
      'client/**/*.test.ts',
      'scenarios/**/*.test.ts',
      'examples/**/*.test.ts',
      'testcontainers/**/*.test.ts',
      // The package as a user installs it (packs, installs the tarball elsewhere): consumer/consumer.test.ts.
      'consumer/*.test.ts',
    ],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
    globalSetup: ['mock-server/test-support/global-setup.ts', 'mock-server/test-support/shared-mock-setup.ts'],
    // The suite waits on sockets more than on the CPU; more than one worker also lets the isolation
    // tests run side by side (vitest's default on a 2-core machine is one).
    maxWorkers: 3,
    sequence: { sequencer: IsolationFirstSequencer },
    testTimeout: 15_000,
  },
});
