import { defineConfig } from 'vitest/config';

// In CI the run also writes vitest's JSON results, from which .ci/run prints its closing line.
const ci = process.env.CI === 'true';

export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'mock-server/**/*.test.ts', 'client/**/*.test.ts', 'scenarios/**/*.test.ts'],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
    globalSetup: ['mock-server/test-support/global-setup.ts'],
    testTimeout: 15_000,
  },
});
