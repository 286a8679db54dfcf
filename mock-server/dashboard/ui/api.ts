import type { ControlIssue } from '../../../contract/index.js';

/** Where the token lives: this tab's session only (never localStorage, never a cookie). */
export const TOKEN_KEY = 'wechat-oauth-mock.control-token';

/** A control-plane error answer (contract: ControlError). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ControlIssue[] = [],
  ) {
    super(issues.length > 0 ? `${message} ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : message);
  }
}

/** Asks the person for the control token; `refused` tells that the last one was wrong. */
export type AskToken = (refused: boolean) => Promise<string>;

export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * Calls the public control plane (contract/mock-control.openapi.yaml) on the page's own origin, exactly as a
 * test would: JSON bodies with their Content-Type, the token as `Authorization: Bearer`. A 401 asks for the
 * token once (concurrent calls share the question) and retries.
 */
export function createApi(askToken: AskToken): Api {
  let asking: Promise<string> | null = null;
  const ask = (refused: boolean) => {
    asking ??= askToken(refused).finally(() => {
      asking = null;
    });
    return asking;
  };
  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    for (;;) {
      const token = sessionStorage.getItem(TOKEN_KEY);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (token !== null) headers.Authorization = `Bearer ${token}`;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const init: RequestInit = { method, headers, mode: 'same-origin', credentials: 'omit', cache: 'no-store' };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`/__mock${path}`, init);
      if (response.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        sessionStorage.setItem(TOKEN_KEY, await ask(token !== null));
        continue;
      }
      if (response.status === 204) return undefined as T;
      const json = (await response.json()) as { error?: string; message?: string; issues?: ControlIssue[] };
      if (!response.ok) {
        throw new ApiError(response.status, json.error ?? 'internal', json.message ?? response.statusText, json.issues);
      }
      return json as T;
    }
  };
}
