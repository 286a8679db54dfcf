import { isWeChatHost } from '../contract/wechat-hosts.js';
import type { MockTarget } from './mock-target.js';

/** Where undici (Node's fetch, and the undici package) keeps the dispatcher every request goes through. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

interface DispatchOptions {
  origin?: string | URL;
  path: string;
  [key: string]: unknown;
}

interface Dispatcher {
  dispatch(options: DispatchOptions, handler: unknown): boolean;
  close(...args: unknown[]): unknown;
  destroy(...args: unknown[]): unknown;
}

/**
 * Routes global `fetch` to the mock for WeChat's hosts: the global dispatcher is wrapped by one that
 * rewrites the origin (and prefixes the mock's base path) for those hosts only and hands every request,
 * rewritten or not, to the dispatcher that was there before.
 */
export function routeFetch(target: MockTarget): void {
  // Reading a lazy web global loads Node's bundled undici, which installs its default dispatcher.
  void globalThis.Headers;
  const slot = globalThis as unknown as Record<symbol, Dispatcher | undefined>;
  const inner = slot[GLOBAL_DISPATCHER];
  if (inner === undefined) throw new Error('wechat-oauth-mock/intercept: this Node has no global fetch dispatcher');
  slot[GLOBAL_DISPATCHER] = {
    dispatch(options, handler) {
      const origin = options.origin === undefined ? undefined : new URL(options.origin);
      if (!isWeChatHost(origin?.hostname)) return inner.dispatch(options, handler);
      return inner.dispatch({ ...options, origin: target.origin, path: target.basePath + options.path }, handler);
    },
    close: (...args) => inner.close(...args),
    destroy: (...args) => inner.destroy(...args),
  };
}
