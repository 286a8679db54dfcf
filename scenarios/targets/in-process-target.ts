import { startMockServer } from '../../mock-server/index.js';
import type { ConformanceTarget } from './conformance-target.js';
import { controlledMockTarget } from './controlled-mock-target.js';

/** A mock started in this process on a free loopback port, closed with the target. */
export async function inProcessTarget(): Promise<ConformanceTarget> {
  return controlledMockTarget('in-process', await startMockServer({ logFormat: 'silent' }));
}
