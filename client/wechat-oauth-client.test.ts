import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../test-support/test-mock.js';
import { WeChatApiError } from './wechat-api-error.js';
import { WeChatOAuthClient, type WeChatOAuthClientOptions } from './wechat-oauth-client.js';
import { WeChatTransportError } from './wechat-transport-error.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
afterEach(async () => {
  await mock.reset();
});

/** Every URL the client fetched, in order. */
let fetched: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  fetched.push(String(input));
  return fetch(input, init);
};

function client(options: Partial<WeChatOAuthClientOptions> = {}) {
  fetched = [];
  return new WeChatOAuthClient({
    ...WEBSITE,
    apiBaseUrl: mock.url,
    openBaseUrl: mock.url,
    fetch: recordingFetch,
    sleep: async () => {},
    ...options,
  });
}

/** What `promise` rejected with, asserted to be an instance of `type`. */
async function rejection<T>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

describe('WeChatOAuthClient against the mock: the happy path', () => {
  it('exchanges a code for tokens with the secret in the query string only (§3)', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    expect(tokens).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
    expect(tokens.access_token).toMatch(/^\d+_[A-Za-z0-9_-]{107}$/);
    expect(tokens.unionid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    const url = new URL(fetched[0] ?? '');
    expect(url.pathname).toBe('/sns/oauth2/access_token');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      appid: WEBSITE.appid,
      secret: WEBSITE.secret,
      code: expect.any(String),
      grant_type: 'authorization_code',
    });
  });

  it('refreshes without sending the secret and gets the same access token back while it is valid (§4)', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    const refreshed = await c.refresh(tokens.refresh_token);
    expect(refreshed.access_token).toBe(tokens.access_token);
    expect(refreshed.refresh_token).toBe(tokens.refresh_token);
    const url = new URL(fetched[1] ?? '');
    expect(url.pathname).toBe('/sns/oauth2/refresh_token');
    expect(url.searchParams.has('secret')).toBe(false);
    expect(url.searchParams.get('grant_type')).toBe('refresh_token');
  });

  it('checks a valid token with /sns/auth as true, and a wrong openid or stale token as false (§5.1)', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    expect(await c.checkToken(tokens.access_token, tokens.openid)).toBe(true);
    expect(await c.checkToken(tokens.access_token, `${tokens.openid.slice(0, -1)}x`)).toBe(false);
    expect(await c.checkToken('garbage', tokens.openid)).toBe(false);
    await mock.advance(7200);
    expect(await c.checkToken(tokens.access_token, tokens.openid)).toBe(false);
  });

  it('fetches userinfo in the post-2021 shape and passes lang when given (§5.2)', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode(WEBSITE.appid, 'lisi'));
    const user = await c.userInfo(tokens.access_token, tokens.openid, { lang: 'en' });
    expect(user).toMatchObject({ openid: tokens.openid, nickname: '李四🐱', sex: 0, language: '', country: '' });
    expect(new URL(fetched[1] ?? '').searchParams.get('lang')).toBe('en');
  });

  it('needs the secret to exchange a code, and says so', async () => {
    const c = new WeChatOAuthClient({ appid: WEBSITE.appid, apiBaseUrl: mock.url });
    await expect(c.exchangeCode('x')).rejects.toThrow('needs the app secret to exchange a code');
  });
});

describe("WeChatOAuthClient turns WeChat's errors into WeChatApiError with errcode, errmsg and rid (§8)", () => {
  const errcodeOf = async (promise: Promise<unknown>) => (await rejection(promise, WeChatApiError)).errcode;

  it('answers 40029 for an unknown code, with the rid parsed and a clear message', async () => {
    const error = await rejection(client().exchangeCode('0'.repeat(32)), WeChatApiError);
    expect(error.errcode).toBe(40029);
    expect(error.baseMessage).toBe('invalid code');
    expect(error.rid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(error.endpoint).toBe('/sns/oauth2/access_token');
    expect(error.message).toBe(
      `WeChat /sns/oauth2/access_token answered errcode 40029: invalid code (rid ${error.rid})`,
    );
  });

  it('never puts the secret into an error message', async () => {
    const error = await rejection(client().exchangeCode('0'.repeat(32)), WeChatApiError);
    expect(`${error.message} ${error.stack}`).not.toContain(WEBSITE.secret);
  });

  it('answers 40163 for a code used twice (§6)', async () => {
    const c = client();
    const code = await mock.mintCode();
    await c.exchangeCode(code);
    expect(await errcodeOf(c.exchangeCode(code))).toBe(40163);
  });

  it('answers 40125 for a wrong secret, 40013 for an unknown appid, 41008 for an empty code (§3.3)', async () => {
    const code = await mock.mintCode();
    expect(await errcodeOf(client({ secret: 'f'.repeat(32) }).exchangeCode(code))).toBe(40125);
    expect(await errcodeOf(client({ appid: 'wx0000000000000000' }).exchangeCode(code))).toBe(40013);
    expect(await errcodeOf(client().exchangeCode(''))).toBe(41008);
  });

  it('answers 40029 for a code of another app (§3.3)', async () => {
    const code = await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_userinfo');
    expect(await errcodeOf(client().exchangeCode(code))).toBe(40029);
  });

  it('answers 40030 for an unknown refresh token and 42002 once it is 30 days old (§4)', async () => {
    const c = client();
    expect(await errcodeOf(c.refresh('not-a-refresh-token'))).toBe(40030);
    const tokens = await c.exchangeCode(await mock.mintCode());
    await mock.advance(30 * 24 * 3600);
    expect(await errcodeOf(c.refresh(tokens.refresh_token))).toBe(42002);
  });

  it('answers 42001 on userinfo after 7200 s, 40003 for a wrong openid, 40014/40001 for bad tokens (§5.2)', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    expect(await errcodeOf(c.userInfo(tokens.access_token, 'o'.repeat(28)))).toBe(40003);
    expect(await errcodeOf(c.userInfo('bad token!', tokens.openid))).toBe(40014);
    expect(await errcodeOf(c.userInfo(`${tokens.access_token.slice(0, -4)}AAAA`, tokens.openid))).toBe(40001);
    await mock.advance(7200);
    expect(await errcodeOf(c.userInfo(tokens.access_token, tokens.openid))).toBe(42001);
  });

  it('answers 48001 on userinfo for a snsapi_base token (§5.2)', async () => {
    const c = client(OFFICIAL);
    const tokens = await c.exchangeCode(await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_base'));
    expect(await errcodeOf(c.userInfo(tokens.access_token, tokens.openid))).toBe(48001);
  });

  it('throws other /sns/auth errors instead of calling the token invalid', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    await mock.faults.add({ match: { endpoint: '/sns/auth' }, effect: { type: 'errcode', errcode: 45009 } });
    expect(await errcodeOf(c.checkToken(tokens.access_token, tokens.openid))).toBe(45009);
  });

  it('answers 45011 when the minute quota is spent, without retrying', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'errcode', errcode: 45011 },
    });
    const c = client();
    expect(await errcodeOf(c.exchangeCode(await mock.mintCode()))).toBe(45011);
    expect(fetched).toHaveLength(1);
  });
});

describe('WeChatOAuthClient retries only where it is safe', () => {
  it('retries userinfo after -1 system error and succeeds', async () => {
    const c = client();
    const tokens = await c.exchangeCode(await mock.mintCode());
    await mock.faults.add({ match: { endpoint: '/sns/userinfo' }, effect: { type: 'errcode', errcode: -1 }, times: 2 });
    fetched = [];
    expect((await c.userInfo(tokens.access_token, tokens.openid)).openid).toBe(tokens.openid);
    expect(fetched).toHaveLength(3);
  });

  it('gives up after the configured retries with the last error', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/refresh_token' },
      effect: { type: 'errcode', errcode: -1 },
      times: 'always',
    });
    const c = client({ retry: { retries: 3 } });
    expect((await rejection(c.refresh('x'), WeChatApiError)).errcode).toBe(-1);
    expect(fetched).toHaveLength(4);
  });

  it('waits with exponential backoff between retries, capped', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/auth' },
      effect: { type: 'http-status', status: 503 },
      times: 'always',
    });
    const waits: number[] = [];
    const c = client({
      retry: { retries: 4, baseDelayMs: 100, maxDelayMs: 500 },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await rejection(c.checkToken('t', 'o'), WeChatTransportError);
    expect(waits).toEqual([100, 200, 400, 500]);
  });

  it('does not retry a code exchange answered -1, because -1 may have burned the code (§3.3)', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'errcode', errcode: -1 },
    });
    const c = client();
    const code = await mock.mintCode();
    expect((await rejection(c.exchangeCode(code), WeChatApiError)).errcode).toBe(-1);
    expect(fetched).toHaveLength(1);
    // The mock burned the code as WeChat does: a hand-made retry gets 40163.
    expect((await rejection(c.exchangeCode(code), WeChatApiError)).errcode).toBe(40163);
  });

  it('does not retry a code exchange whose connection dropped after sending', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/oauth2/access_token' }, effect: { type: 'drop-connection' } });
    const c = client();
    const error = await rejection(c.exchangeCode(await mock.mintCode()), WeChatTransportError);
    expect(error.failure).toBe('network');
    expect(error.neverSent).toBe(false);
    expect(fetched).toHaveLength(1);
  });

  it('retries a code exchange whose connection was refused, as the request never left', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const c = client({ apiBaseUrl: `http://127.0.0.1:${port}` });
    const error = await rejection(c.exchangeCode('x'), WeChatTransportError);
    expect(error).toMatchObject({ failure: 'network', neverSent: true });
    expect(error.message).toContain('ECONNREFUSED');
    expect(fetched).toHaveLength(3);
  });

  it('does not retry at all with retry: false', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/userinfo' }, effect: { type: 'errcode', errcode: -1 } });
    const c = client({ retry: false });
    await rejection(c.userInfo('t', 'o'), WeChatApiError);
    expect(fetched).toHaveLength(1);
  });
});

describe('WeChatOAuthClient reports transport failures as WeChatTransportError', () => {
  it('times out a slow answer with the timeout in the message', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/userinfo' }, effect: { type: 'delay', ms: 1000 } });
    const error = await rejection(client({ timeoutMs: 100, retry: false }).userInfo('t', 'o'), WeChatTransportError);
    expect(error.failure).toBe('timeout');
    expect(error.message).toBe('WeChat /sns/userinfo: no complete answer within 100 ms');
  });

  it('reports an HTTP error status with the status and the start of the body', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/userinfo' },
      effect: { type: 'http-status', status: 502, body: '<h1>502 Bad Gateway</h1>', contentType: 'text/html' },
    });
    const error = await rejection(client({ retry: false }).userInfo('t', 'o'), WeChatTransportError);
    expect(error).toMatchObject({ failure: 'http-status', status: 502, bodyExcerpt: '<h1>502 Bad Gateway</h1>' });
    expect(error.message).toContain("HTTP 502 instead of WeChat's 200");
  });

  it('reports a body that is not JSON, as WeChat once sent with text/html; charset=gbk (§9)', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'non-json-body', body: '' },
    });
    const error = await rejection(client().exchangeCode(await mock.mintCode()), WeChatTransportError);
    expect(error).toMatchObject({ failure: 'invalid-body', status: 200, bodyExcerpt: '' });
    expect(error.message).toContain('not a JSON object');
  });

  it('reports a truncated body as invalid', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/oauth2/access_token' }, effect: { type: 'truncated-body' } });
    const error = await rejection(client().exchangeCode(await mock.mintCode()), WeChatTransportError);
    expect(error.failure).toBe('invalid-body');
  });

  it('reads the answer whatever the Content-Type, e.g. application/json; encoding=utf-8 (§9)', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'content-type', contentType: 'application/json; encoding=utf-8' },
    });
    expect((await client().exchangeCode(await mock.mintCode())).scope).toBe('snsapi_login');
  });
});

describe('WeChatOAuthClient reads bodies as WeChat really sends them (§9)', () => {
  let raw: ReturnType<typeof createServer>;
  let rawBody: Buffer = Buffer.alloc(0);
  let rawType = 'text/plain';
  let rawUrl = '';
  beforeAll(async () => {
    raw = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': rawType, 'content-length': rawBody.length });
      response.end(rawBody);
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => raw.close(resolve)));

  const user = (nickname: string) =>
    `{"openid":"o3_SC5736cmf3Mpoylyr6OXIkqwI","nickname":"${nickname}","sex":0,"language":"","city":"","province":"","country":"","headimgurl":"https:\\/\\/thirdwx.qlogo.cn\\/mmopen\\/vi_32\\/x\\/132","privilege":[]}`;

  it('decodes UTF-8 even when the Content-Type names no charset or a wrong one', async () => {
    rawBody = Buffer.from(user('熙熙攘攘🐱'), 'utf8');
    for (const type of ['text/plain', 'text/html; charset=gbk', 'application/json; encoding=utf-8']) {
      rawType = type;
      const info = await client({ apiBaseUrl: rawUrl }).userInfo('t', 'o');
      expect(info.nickname).toBe('熙熙攘攘🐱');
      expect(info.headimgurl).toBe('https://thirdwx.qlogo.cn/mmopen/vi_32/x/132');
    }
  });

  it('tolerates raw control characters in a nickname', async () => {
    rawType = 'text/plain';
    rawBody = Buffer.from(user('a\x14b'), 'utf8');
    expect((await client({ apiBaseUrl: rawUrl }).userInfo('t', 'o')).nickname).toBe('a\x14b');
  });

  it('reports a success body without the promised fields as invalid', async () => {
    rawBody = Buffer.from('{"openid":"o"}');
    const error = await rejection(client({ apiBaseUrl: rawUrl }).userInfo('t', 'o'), WeChatTransportError);
    expect(error.failure).toBe('invalid-body');
    expect(error.message).toContain('lacks nickname (string), headimgurl (string), privilege (array)');
  });

  it('reports a non-numeric errcode as invalid rather than guessing', async () => {
    rawBody = Buffer.from('{"errcode":"40029","errmsg":"invalid code"}');
    const error = await rejection(client({ apiBaseUrl: rawUrl }).userInfo('t', 'o'), WeChatTransportError);
    expect(error.failure).toBe('invalid-body');
  });

  it('reads the very old key order, errmsg before errcode (§8.1)', async () => {
    rawBody = Buffer.from('{"errmsg":"code been used, hints: [ req_id: sGlChWore-kb9ZOA ]","errcode":40163}');
    const error = await rejection(client({ apiBaseUrl: rawUrl, retry: false }).userInfo('t', 'o'), WeChatApiError);
    expect(error).toMatchObject({ errcode: 40163, baseMessage: 'code been used', rid: 'sGlChWore-kb9ZOA' });
  });
});

describe('WeChatOAuthClient.code2Session against the mock (ML§1)', () => {
  const miniProgram = () =>
    mock.apps.create({ kind: 'mini-program', name: 'Client mini-program', account: 'demo-open-platform' });

  it('exchanges a wx.login code for session_key, openid and unionid, with the secret in the query string only', async () => {
    const app = await miniProgram();
    const { code } = await mock.codes.mint({ app, persona: 'zhangsan' });
    const website = await mock.signIn({ persona: 'zhangsan' });
    const session = await client({ appid: app.appid, secret: app.secret }).code2Session(code);
    expect(Object.keys(session)).toEqual(['session_key', 'openid', 'unionid']);
    expect(session.unionid).toBe(website.unionid);
    expect(session.openid).not.toBe(website.openid);
    const url = new URL(fetched[0] ?? '');
    expect(url.pathname).toBe('/sns/jscode2session');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      appid: app.appid,
      secret: app.secret,
      js_code: code,
      grant_type: 'authorization_code',
    });
  });

  it('throws WeChatApiError 40163 for a code used twice (ML§1.4)', async () => {
    const app = await miniProgram();
    const { code } = await mock.codes.mint({ app, persona: 'zhangsan' });
    const mini = client({ appid: app.appid, secret: app.secret });
    await mini.code2Session(code);
    const error = await rejection(mini.code2Session(code), WeChatApiError);
    expect(error.errcode).toBe(40163);
  });

  it('does not retry an exchange answered -1, because -1 may have burned the code', async () => {
    const app = await miniProgram();
    await mock.faults.add({ match: { endpoint: '/sns/jscode2session' }, effect: { type: 'errcode', errcode: -1 } });
    const { code } = await mock.codes.mint({ app, persona: 'zhangsan' });
    const error = await rejection(client({ appid: app.appid, secret: app.secret }).code2Session(code), WeChatApiError);
    expect(error.errcode).toBe(-1);
    expect(fetched).toHaveLength(1);
  });

  it('needs the secret, and says so', async () => {
    const c = new WeChatOAuthClient({ appid: WEBSITE.appid, apiBaseUrl: mock.url });
    await expect(c.code2Session('x')).rejects.toThrow('needs the app secret to exchange a code');
  });
});
