import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

const ACCOUNT = 'demo-open-platform';

let mock: TestMock;
let bound: AppView;
let unbound: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  bound = await mock.apps.create({ kind: 'mini-program', name: 'Bound mini-program', account: ACCOUNT });
  unbound = await mock.apps.create({ kind: 'mini-program', name: 'Unbound mini-program' });
});
afterAll(() => mock.close());

const wxLogin = async (app: AppView = bound, persona = 'zhangsan') => (await mock.codes.mint({ app, persona })).code;
const params = (jsCode: string, app: AppView = bound) => ({
  appid: app.appid,
  secret: app.secret,
  js_code: jsCode,
  grant_type: 'authorization_code',
});
const code2Session = (query: Record<string, string>, init?: RequestInit) =>
  mock.get(withQuery('/sns/jscode2session', query), init);
const errcodeOf = async (query: Record<string, string>) => (await code2Session(query)).json.errcode;

describe('GET /sns/jscode2session (ML§1)', () => {
  it('answers session_key, openid and unionid in that order, without errcode, as text/plain (ML§1.2, ML§1.5)', async () => {
    const answer = await code2Session(params(await wxLogin()));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain');
    expect(Object.keys(answer.json)).toEqual(['session_key', 'openid', 'unionid']);
    expect(answer.json.session_key).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(answer.json.session_key as string, 'base64')).toHaveLength(16);
    expect(answer.json.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(answer.json.unionid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(answer.json).not.toHaveProperty('errcode');
    expect(answer.json).not.toHaveProperty('errmsg');
    expect(answer.json).not.toHaveProperty('expires_in');
  });

  it('writes every "/" of the session_key as "\\/" (ML§1.2)', async () => {
    // A random 16-byte key holds a "/" about one time in three; 60 tries miss one with odds below 1e-9.
    for (let i = 0; i < 60; i++) {
      const answer = await code2Session(params(await wxLogin()));
      const key = answer.json.session_key as string;
      if (!key.includes('/')) continue;
      expect(answer.text).toContain(`"session_key":"${key.replaceAll('/', '\\/')}"`);
      expect(answer.text).not.toMatch(/[^\\]\//);
      return;
    }
    throw new Error('no session_key with a "/" in 60 exchanges');
  });

  it('leaves unionid out for a mini-program bound to no Open Platform account (ML§1.3)', async () => {
    const answer = await code2Session(params(await wxLogin(unbound), unbound));
    expect(Object.keys(answer.json)).toEqual(['session_key', 'openid']);
  });

  it('gives a persona one unionid across the website app, the official account and the mini-program, and one openid per app (ML§1.3, §10)', async () => {
    const website = await mock.signIn({ app: WEBSITE, persona: 'lisi' });
    const official = await mock.signIn({ app: OFFICIAL, persona: 'lisi', scope: 'snsapi_userinfo' });
    const mini = (await code2Session(params(await wxLogin(bound, 'lisi')))).json;
    expect(mini.unionid).toBe(website.unionid);
    expect(official.unionid).toBe(website.unionid);
    expect(new Set([website.openid, official.openid, mini.openid]).size).toBe(3);
    const other = (await code2Session(params(await wxLogin(bound, 'zhangsan')))).json;
    expect(other.unionid).not.toBe(mini.unionid);
  });

  it('answers the same openid to every code of the same persona', async () => {
    const first = (await code2Session(params(await wxLogin()))).json;
    const second = (await code2Session(params(await wxLogin()))).json;
    expect(second.openid).toBe(first.openid);
  });

  it('answers 40163 code been used, rid suffix and all, to a second use of a code (ML§1.4, ML§1.5)', async () => {
    const code = await wxLogin();
    expect((await code2Session(params(code))).json).toHaveProperty('openid');
    const again = await code2Session(params(code));
    expect(again.json.errcode).toBe(40163);
    expect(again.json.errmsg).toMatch(/^code been used, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  it('accepts a code for 5 minutes of the mock clock and answers 40029 after (ML§1.4)', async () => {
    const fresh = await wxLogin();
    const stale = await wxLogin();
    await mock.advance(299);
    expect((await code2Session(params(fresh))).json).toHaveProperty('openid');
    await mock.advance(2);
    expect(await errcodeOf(params(stale))).toBe(40029);
  });

  it('answers 40029 to another mini-program’s code, which stays usable (ML§1.4)', async () => {
    const code = await wxLogin(unbound);
    expect(await errcodeOf({ ...params(code), appid: bound.appid })).toBe(40029);
    expect((await code2Session(params(code, unbound))).json).toHaveProperty('openid');
  });

  it('answers 40029 to a code the mock never issued', async () => {
    expect(await errcodeOf(params('0819eKXN0IJREb20XO0O0JAIXN09eKXs'))).toBe(40029);
  });

  it('checks appid (41002, 40013), then secret (41004, 40125), then grant_type (40002), then js_code (41008) (ML§1.5)', async () => {
    const code = await wxLogin();
    const { appid: _a, ...noAppid } = params(code);
    expect(await errcodeOf(noAppid)).toBe(41002);
    expect(await errcodeOf({ ...params(code), appid: 'wx0000000000000000' })).toBe(40013);
    const { secret: _s, ...noSecret } = params(code);
    expect(await errcodeOf(noSecret)).toBe(41004);
    expect(await errcodeOf({ ...params(code), secret: '0'.repeat(32) })).toBe(40125);
    expect(await errcodeOf({ ...params(code), grant_type: 'client_credential' })).toBe(40002);
    const { js_code: _c, ...noCode } = params(code);
    expect(await errcodeOf(noCode)).toBe(41008);
    // None of the rejected requests spent the code.
    expect((await code2Session(params(code))).json).toHaveProperty('openid');
  });

  it('answers 41004 appsecret missing to a misspelt secret and 41008 missing code to `code` in place of js_code (ML§1.1)', async () => {
    const code = await wxLogin();
    const { secret, js_code, ...rest } = params(code);
    expect(await errcodeOf({ ...rest, js_code, secert: secret })).toBe(41004);
    expect(await errcodeOf({ ...rest, secret, code: js_code })).toBe(41008);
  });

  it('reads only the query string: a POST with its parameters in a form body gets 41002 appid missing (ML§1.1)', async () => {
    const code = await wxLogin();
    const answer = await mock.get('/sns/jscode2session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params(code)).toString(),
    });
    expect(answer.json.errcode).toBe(41002);
    const query = await mock.get(withQuery('/sns/jscode2session', params(code)), { method: 'POST' });
    expect(query.json).toHaveProperty('session_key');
  });

  it('ignores the access_token WxJava and wechatpy add, and any other stray parameter (ML§1.1)', async () => {
    const answer = await code2Session({ ...params(await wxLogin()), access_token: 'not-a-token', extra: '1' });
    expect(Object.keys(answer.json)).toEqual(['session_key', 'openid', 'unionid']);
  });

  it('keeps wx.login codes and OAuth codes apart: each answers 40029 on the other endpoint, unspent (ML§9, item 3)', async () => {
    const oauth = await mock.mintCode(WEBSITE.appid);
    expect(await errcodeOf({ ...params(oauth), appid: WEBSITE.appid, secret: WEBSITE.secret })).toBe(40029);
    expect((await mock.exchange(oauth)).json).toHaveProperty('access_token');
    const jsCode = await wxLogin();
    expect((await mock.exchange(jsCode, bound)).json.errcode).toBe(40029);
    expect((await code2Session(params(jsCode))).json).toHaveProperty('openid');
  });
});

describe('the session_key (ML§2.1)', () => {
  it('rotates on every exchange by default: a new code gives a new key', async () => {
    const first = (await code2Session(params(await wxLogin()))).json.session_key;
    const second = (await code2Session(params(await wxLogin()))).json.session_key;
    expect(second).not.toBe(first);
  });

  it('keeps the key for fidelity.sessionKeyRotationSeconds after a rotation, then rotates again', async () => {
    const slow = await startTestMock({ config: { fidelity: { sessionKeyRotationSeconds: 600 } } });
    try {
      const app = await slow.apps.create({ kind: 'mini-program', name: 'Slow rotation' });
      const exchange = async () => {
        const { code } = await slow.codes.mint({ app, persona: 'zhangsan' });
        return (await slow.get(withQuery('/sns/jscode2session', params(code, app)))).json.session_key;
      };
      const first = await exchange();
      await slow.advance(599);
      expect(await exchange()).toBe(first);
      await slow.advance(1);
      expect(await exchange()).not.toBe(first);
    } finally {
      await slow.close();
    }
  });

  it('is one per user: two personas of one mini-program hold different keys', async () => {
    const a = (await code2Session(params(await wxLogin(bound, 'zhangsan')))).json.session_key;
    const b = (await code2Session(params(await wxLogin(bound, 'lisi')))).json.session_key;
    expect(a).not.toBe(b);
  });
});

describe('jscode2session in the journal and under faults (ML§1, as the other /sns endpoints)', () => {
  it('journals the call with its app and the persona behind the code', async () => {
    const after = await mock.journal.lastId();
    await code2Session(params(await wxLogin(bound, 'wangwu')));
    const entry = await mock.journal.waitFor({ endpoint: '/sns/jscode2session', persona: 'wangwu' }, { after });
    expect(entry).toMatchObject({ method: 'GET', appid: bound.appid, persona: 'wangwu', status: 200, errcode: null });
    expect(entry.body).toContain('"session_key"');
  });

  it('answers a scripted 40226 code blocked for the targeted persona only (ML§1.5)', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/jscode2session', appid: bound.appid, persona: 'xiaoming' },
      effect: { type: 'errcode', errcode: 40226 },
    });
    expect((await code2Session(params(await wxLogin(bound, 'zhangsan')))).json).toHaveProperty('openid');
    const blocked = await code2Session(params(await wxLogin(bound, 'xiaoming')));
    expect(blocked.json).toMatchObject({ errcode: 40226 });
    expect(blocked.json.errmsg).toMatch(/^code blocked, rid: /);
  });

  it('burns the code on a scripted -1 system error, so the retry gets 40163 (§3.3, inferred for ML§1)', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/jscode2session' }, effect: { type: 'errcode', errcode: -1 } });
    const code = await wxLogin();
    expect(await errcodeOf(params(code))).toBe(-1);
    expect(await errcodeOf(params(code))).toBe(40163);
  });
});

describe('fidelity.reusedWxLoginCodeErrcode (ML§1.4)', () => {
  it('answers 40029 to a second use when set to 40029, as one report has it', async () => {
    const other = await startTestMock({ config: { fidelity: { reusedWxLoginCodeErrcode: 40029 } } });
    try {
      const app = await other.apps.create({ kind: 'mini-program', name: 'Reuse 40029' });
      const { code } = await other.codes.mint({ app, persona: 'zhangsan' });
      const exchange = () => other.get(withQuery('/sns/jscode2session', params(code, app)));
      expect((await exchange()).json).toHaveProperty('openid');
      expect((await exchange()).json.errcode).toBe(40029);
    } finally {
      await other.close();
    }
  });
});
