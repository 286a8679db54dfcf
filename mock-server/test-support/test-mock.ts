import { type RunningMock, type StartOptions, startMockServer } from '../start-mock-server.js';

/** The demo apps' credentials, as the built-in demo config defines them. */
export const WEBSITE = { appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' } as const;
export const OFFICIAL = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' } as const;

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (WeChat's answers are JSON whatever their Content-Type). */
  readonly json: Record<string, unknown>;
}

export interface TestMock extends RunningMock {
  /** A request to the mock (path with query), redirects not followed. */
  get(path: string, init?: RequestInit): Promise<Answer>;
  /** A code minted through the control plane, as if `persona` had approved `appid`. */
  mintCode(appid?: string, persona?: string, scope?: string): Promise<string>;
  /** Exchanges a code at /sns/oauth2/access_token with the app's real secret. */
  exchange(code: string, app?: { appid: string; secret: string }): Promise<Answer>;
  /** Moves the mock's clock forward. */
  advance(seconds: number): Promise<void>;
}

/** Starts a mock on a free loopback port with helpers for tests; close it with `close()`. */
export async function startTestMock(options: StartOptions = {}): Promise<TestMock> {
  const mock = await startMockServer(options);
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
  const post = (path: string, body: unknown) =>
    get(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    ...mock,
    get,
    async mintCode(appid = WEBSITE.appid, persona = 'zhangsan', scope?: string) {
      const answer = await post('/__mock/codes', { appid, persona, ...(scope === undefined ? {} : { scope }) });
      if (answer.status !== 201) throw new Error(`minting a code failed: ${answer.status} ${answer.text}`);
      return answer.json.code as string;
    },
    exchange(code, app = WEBSITE) {
      const query = new URLSearchParams({
        appid: app.appid,
        secret: app.secret,
        code,
        grant_type: 'authorization_code',
      });
      return get(`/sns/oauth2/access_token?${query}`);
    },
    async advance(seconds) {
      const answer = await post('/__mock/clock/advance', { seconds });
      if (answer.status !== 200) throw new Error(`advancing the clock failed: ${answer.text}`);
    },
  };
}

/** `/path?k=v&...` from an object, for readable test requests. */
export function withQuery(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params)}`;
}
