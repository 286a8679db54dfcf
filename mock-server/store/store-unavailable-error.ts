/**
 * The shared store (Redis) cannot be reached or did not answer: the /sns endpoints answer WeChat's
 * `-1 system error`, the health check reports unhealthy, and nothing was half-written (a commit is one
 * script, docs/decisions/0026).
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
