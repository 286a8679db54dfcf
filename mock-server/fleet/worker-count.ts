import { availableParallelism } from 'node:os';
import type { WorkerCount } from '../config/mock-config.js';

/** The number of worker processes `workers` asks for: `auto` is one per CPU core this process may use. */
export function workerCount(workers: WorkerCount): number {
  return workers === 'auto' ? availableParallelism() : workers;
}
