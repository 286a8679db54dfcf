import { type StartOptions, startMockServer } from '../../mock-server/index.js';
import type { ConformanceTarget } from './conformance-target.js';
import { controlledMockTarget } from './controlled-mock-target.js';

/** A mock started in this process (on a free loopback port unless `options` say otherwise), closed with the target. */
export async function inProcessTarget(options: StartOptions = {}): Promise<ConformanceTarget> {
  return controlledMockTarget('in-process', await startMockServer({ logFormat: 'silent', ...options }));
}
