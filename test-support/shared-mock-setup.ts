import type { TestProject } from 'vitest/node';
import { startMockServer } from '../mock-server/start-mock-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One mock shared by test files that prove per-app isolation on a single instance. */
    sharedMockUrl: string;
  }
}

/** Starts the one mock that parallel test files share, and closes it after the run. */
export default async function startSharedMock(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMockServer();
  project.provide('sharedMockUrl', mock.url);
  return () => mock.close();
}
