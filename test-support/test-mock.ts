import type { AccessTokenResponse, Scope } from '../contract/index.js';
import { type StartedMock, type StartOptions, startMockServer } from '../mock-server/start-mock-server.js';

/** The demo apps' credentials, as the built-in demo config defines them. */
export const WEBSITE = { appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' } as const;
export const OFFICIAL = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' } as const;

export interface AppCredentials {
  readonly appid: string;
  readonly secret: string;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (WeChat's answers are JSON whatever their Content-Type). */
  readonly json: Record<string, unknown>;
}

/** A started mock with the requests tests make again and again; its control plane is the public `WeChatMock`. */
export interface TestMock extends StartedMock {
  /** A request to the mock (path with query), redirects not followed. */
  get(path: string, init?: RequestInit): Promise<Answer>;
  /** A JSON POST to the mock, e.g. a control route with a body the contract would not type. */
  post(path: string, body?: unknown, init?: RequestInit): Promise<Answer>;
  /** A code minted through the control plane (`codes.mint`), as if `persona` had approved `appid`. */
  mintCode(appid?: string, persona?: string, scope?: Scope): Promise<string>;
  /** Exchanges a code at /sns/oauth2/access_token with the app's real secret. */
  exchange(code: string, app?: AppCredentials): Promise<Answer>;
  /**
   * The tokens of a fresh login: a code minted for `persona` (default zhangsan) on `app` (default the demo
   * website app) and exchanged; throws when the exchange fails.
   */
  signIn(options?: { app?: AppCredentials; persona?: string; scope?: Scope }): Promise<AccessTokenResponse>;
  /** Moves the mock's clock forward (`clock.advance`). */
  advance(seconds: number): Promise<void>;
}

/** Starts a mock on a free loopback port with helpers for tests; close it with `close()`. */
export async function startTestMock(options: StartOptions = {}): Promise<TestMock> {
  return withTestHelpers(await startMockServer(options));
}

/** A mock started elsewhere (e.g. a process of a fleet), with the same helpers for tests. */
export function withTestHelpers(mock: StartedMock): TestMock {
  const get = async (path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(mock.url + path, { redirect: 'manual', ...init });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: an HTML page or a redirect
    }
    return { status: response.status, headers: response.headers, text, json };
  };
  const exchange = (code: string, app: AppCredentials = WEBSITE) => {
    const query = new URLSearchParams({ appid: app.appid, secret: app.secret, code, grant_type: 'authorization_code' });
    return get(`/sns/oauth2/access_token?${query}`);
  };
  return {
    ...mock,
    get,
    post: (path, body, init = {}) =>
      get(path, {
        method: 'POST',
        ...init,
        headers: { 'content-type': 'application/json', ...init.headers },
        body: body === undefined ? '' : JSON.stringify(body),
      }),
    async mintCode(appid = WEBSITE.appid, persona = 'zhangsan', scope) {
      return (await mock.codes.mint({ app: appid, persona, ...(scope === undefined ? {} : { scope }) })).code;
    },
    exchange,
    async signIn({ app = WEBSITE, persona = 'zhangsan', scope } = {}) {
      const minted = await mock.codes.mint({ app: app.appid, persona, ...(scope === undefined ? {} : { scope }) });
      const answer = await exchange(minted.code, app);
      if (typeof answer.json.access_token !== 'string') throw new Error(`the exchange failed: ${answer.text}`);
      return answer.json as unknown as AccessTokenResponse;
    },
    async advance(seconds) {
      await mock.clock.advance(seconds);
    },
  };
}

/** `/path?k=v&...` from an object, for readable test requests. */
export function withQuery(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params)}`;
}
