/**
 * How often a call is tried again after a `-1 system error` or a transport failure, with exponential
 * backoff: the nth retry waits `min(maxDelayMs, baseDelayMs * 2^(n-1))`. A code exchange is retried only
 * when the request provably never reached WeChat, because a failed exchange may already have burned the
 * code (reference §3.3: a retry after `-1` answers 40163).
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 2, baseDelayMs: 200, maxDelayMs: 2000 };

export function retryDelayMs(policy: RetryPolicy, retry: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}
