import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import { IsolationFirstSequencer } from './test-support/isolation-first-sequencer.js';

// In CI the run also writes vitest's JSON results, from which .ci/run prints its closing line.
const ci = process.env.CI === 'true';

// tsconfig.json's include list is the one list of source folders (docs/decisions/0016-reference-and-test-run.md):
// tests sit beside the code, so every `<folder>/**/*.ts` there is searched for `<folder>/**/*.test.ts`.
const { include: sourceGlobs } = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')) as {
  include: string[];
};
const testFiles = sourceGlobs
  .filter((glob) => glob.endsWith('/**/*.ts'))
  .map((glob) => glob.replace(/\.ts$/, '.test.ts'));

// The files that need more than Node: Chromium, and a Docker engine. Each is a project of its own, so that
// `npm test -- --project unit` is the quick loop; a bare `vitest run` (and CI) runs them all.
const browserFiles = ['mock-server/browser/**/*.test.ts', 'mock-server/**/*.browser.test.ts'];
const containerFiles = [
  'testcontainers/**/*.test.ts',
  'scenarios/container-conformance.test.ts',
  'scenarios/cli/container-cleanup.test.ts',
  'deploy/*.container.test.ts',
];
// Several mock processes on one Redis, behind Debian's haproxy (docs/decisions/0027): real processes and
// servers, started per file.
const fleetFiles = ['**/*.fleet.test.ts'];
// The package as a user installs it: packs the checkout, installs the tarball into a project of its own.
const consumerFiles = ['consumer/*.test.ts'];

// Options every project shares. The projects do not extend the root config: its globalSetup (build dist/,
// start the shared mock) then runs once per run, not once per project.
const shared = { testTimeout: 15_000 };

export default defineConfig({
  test: {
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
    globalSetup: ['test-support/global-setup.ts', 'test-support/shared-mock-setup.ts'],
    // The suite waits on sockets more than on the CPU; more than one worker also lets the isolation
    // tests run side by side (vitest's default on a 2-core machine is one).
    maxWorkers: 3,
    sequence: { sequencer: IsolationFirstSequencer },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // One module registry per worker, not per file: importing the mock afresh for every file was a third of
          // the run. Safe because no module holds state (deps come in through createMockHandler) and no test mocks
          // modules, stubs globals or fakes timers; a file that must do so belongs in a project that isolates.
          isolate: false,
          include: testFiles,
          exclude: [...configDefaults.exclude, ...browserFiles, ...containerFiles, ...fleetFiles],
        },
      },
      { test: { ...shared, name: 'browser', include: browserFiles } },
      { test: { ...shared, name: 'container', include: containerFiles } },
      { test: { ...shared, name: 'consumer', include: consumerFiles } },
      { test: { ...shared, name: 'fleet', include: fleetFiles } },
    ],
  },
});
