/** Set by the primary of `--workers N` on each worker it forks: which of the N it is (docs/decisions/0027). */
export const WORKER_NUMBER_VARIABLE = 'WECHAT_MOCK_WORKER_NUMBER';

/** One of the processes of `--workers N`: its number (1 to N; a worker started again keeps it) and N. */
export interface WorkerIdentity {
  readonly number: number;
  readonly count: number;
}

/**
 * The identity the primary gave this process, or null when it is the primary (node:cluster tells; it is
 * loaded only for a fleet).
 */
export async function workerIdentity(env: NodeJS.ProcessEnv, count: number): Promise<WorkerIdentity | null> {
  const { default: cluster } = await import('node:cluster');
  if (cluster.isPrimary) return null;
  const number = Number(env[WORKER_NUMBER_VARIABLE]);
  if (!Number.isInteger(number) || number < 1 || number > count) {
    throw new Error(`a worker was started without a valid ${WORKER_NUMBER_VARIABLE} (${env[WORKER_NUMBER_VARIABLE]})`);
  }
  return { number, count };
}
