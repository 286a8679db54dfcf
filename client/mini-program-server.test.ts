import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../contract/index.js';
import { ErrCode } from '../contract/index.js';
import { startTestMock, type TestMock } from '../test-support/test-mock.js';
import { WeChatApiError } from './wechat-api-error.js';
import { WeChatOAuthClient, type WeChatOAuthClientOptions } from './wechat-oauth-client.js';

let mock: TestMock;
let mini: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Client mini-program' });
});
afterAll(() => mock.close());

/** The paths the client fetched, in order. */
let fetched: string[] = [];
function client(options: Partial<WeChatOAuthClientOptions> = {}) {
  fetched = [];
  return new WeChatOAuthClient({
    appid: mini.appid,
    secret: mini.secret,
    apiBaseUrl: mock.url,
    fetch: (input, init) => {
      fetched.push(new URL(String(input)).pathname);
      return fetch(input, init);
    },
    sleep: async () => {},
    ...options,
  });
}

const signIn = async (c: WeChatOAuthClient, persona = 'zhangsan') =>
  c.code2Session((await mock.codes.mint({ app: mini, persona })).code);

describe('the client’s server token (ML§5)', () => {
  it('makes one stable_token request for 50 concurrent getAccessToken calls', async () => {
    const c = client();
    const tokens = await Promise.all(Array.from({ length: 50 }, () => c.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(fetched).toEqual(['/cgi-bin/stable_token']);
  });

  it('uses /cgi-bin/token when serverTokenEndpoint is token, and keeps the token for later calls', async () => {
    const c = client({ serverTokenEndpoint: 'token' });
    const first = await c.getAccessToken();
    expect(await c.getAccessToken()).toBe(first);
    expect(fetched).toEqual(['/cgi-bin/token']);
  });

  it('refreshes before expiry on its own clock: a new request once less than the margin is left', async () => {
    let now = Date.now();
    const c = client({ clock: { now: () => now }, refreshMarginSeconds: 60, serverTokenEndpoint: 'token' });
    const first = await c.getAccessToken();
    now += (7200 - 59) * 1000;
    expect(await c.getAccessToken()).not.toBe(first);
    expect(fetched).toEqual(['/cgi-bin/token', '/cgi-bin/token']);
  });

  it('throws WeChatApiError with ErrCode.InvalidAppsecret for a wrong secret', async () => {
    const error = await client({ secret: '0'.repeat(32) })
      .getAccessToken()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WeChatApiError);
    expect((error as WeChatApiError).errcode).toBe(ErrCode.InvalidAppsecret);
  });

  it('forces a new stable token with getStableAccessToken({ forceRefresh: true })', async () => {
    const c = client();
    const current = await c.getStableAccessToken();
    await mock.advance(31);
    const forced = await c.getStableAccessToken({ forceRefresh: true });
    expect(forced.access_token).not.toBe(current.access_token);
    expect(forced.expires_in).toBe(7200);
  });
});

describe('the client’s session_key and phone number calls (ML§2, ML§4)', () => {
  it('checks a session_key: true for the live one, false (87009) once reset replaced it', async () => {
    const c = client();
    const { openid, session_key } = await signIn(c);
    expect(await c.checkSessionKey(openid, session_key)).toBe(true);
    const reset = await c.resetSessionKey(openid, session_key);
    expect(reset).toMatchObject({ errcode: 0, errmsg: 'ok', openid });
    expect(await c.checkSessionKey(openid, session_key)).toBe(false);
    expect(await c.checkSessionKey(openid, reset.session_key)).toBe(true);
  });

  it('gets the phone number of a phone code, countryCode a string', async () => {
    const c = client();
    const { code } = await mock.codes.mint({ app: mini, persona: 'zhangsan', kind: 'phone' });
    const info = await c.getPhoneNumber(code);
    expect(info).toMatchObject({ phoneNumber: '13800138000', purePhoneNumber: '13800138000', countryCode: '86' });
    expect(info.watermark.appid).toBe(mini.appid);
    const again = await c.getPhoneNumber(code).catch((caught: unknown) => caught);
    expect((again as WeChatApiError).errcode).toBe(ErrCode.InvalidCode);
  });

  it('fetches a new server token and tries once more when WeChat answers 40001 (another holder replaced it)', async () => {
    const c = client();
    const { openid, session_key } = await signIn(c);
    await c.getAccessToken();
    await mock.faults.add({
      match: { endpoint: '/wxa/checksession', appid: mini.appid },
      effect: { type: 'errcode', errcode: ErrCode.InvalidCredential },
      times: 1,
    });
    fetched = [];
    expect(await c.checkSessionKey(openid, session_key)).toBe(true);
    expect(fetched).toEqual(['/wxa/checksession', '/cgi-bin/stable_token', '/wxa/checksession']);
  });

  it('sends the phone code in a JSON body and the token in the query string (ML§4.2)', async () => {
    const c = client();
    const { code } = await mock.codes.mint({ app: mini, persona: 'lisi', kind: 'phone' });
    const after = await mock.journal.lastId();
    await c.getPhoneNumber(code);
    const entry = (await mock.journal.find({ after, appid: mini.appid })).find(
      (e) => e.path === '/wxa/business/getuserphonenumber',
    );
    expect(entry).toMatchObject({ method: 'POST', persona: 'lisi' });
    expect(Object.keys(entry?.query ?? {})).toEqual(['access_token']);
  });
});
