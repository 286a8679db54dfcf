import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isIsolationFile = (spec: TestSpecification) => spec.moduleId.includes('/mock-server/isolation/');

/**
 * Vitest's order (failed files first, then the longest), except that the isolation files go first, side by
 * side: each waits for the other to be running (test-support/isolation-scenario.ts), which only the first
 * workers are sure of. Otherwise long files (the contract, the browser tests) can sit between them.
 */
export class IsolationFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isIsolationFile), ...sorted.filter((spec) => !isIsolationFile(spec))];
  }
}
