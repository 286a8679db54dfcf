import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import { validateConfig } from '../config/validate-config.js';
import { deriveAppid, deriveSecret } from '../core/identifiers.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const del = (path: string) => mock.get(path, { method: 'DELETE' });

interface Tokens {
  access_token: string;
  refresh_token: string;
  openid: string;
  unionid?: string;
}

/** Registers an app through the control plane and returns it as answered. */
async function createApp(body: Record<string, unknown>): Promise<{ appid: string; secret: string }> {
  const answer = await mock.post('/__mock/apps', body);
  if (answer.status !== 201) throw new Error(`creating an app failed: ${answer.status} ${answer.text}`);
  return answer.json as { appid: string; secret: string };
}

/** A whole login without a browser: a minted code exchanged with the app's secret. */
const userinfo = (tokens: Tokens) =>
  mock.get(withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid }));
const refresh = (appid: string, refresh_token: string) =>
  mock.get(withQuery('/sns/oauth2/refresh_token', { appid, grant_type: 'refresh_token', refresh_token }));

describe('POST /__mock/apps', () => {
  it('registers a website app with appid and secret derived from the seed, bound to the account "default", with the default quota', async () => {
    const answer = await mock.post('/__mock/apps', {
      kind: 'website',
      name: 'Example Shop',
      callbackDomains: ['Shop.Example.COM'],
    });
    expect(answer.status).toBe(201);
    const { seed } = validateConfig(undefined); // the built-in demo's, which the mock runs
    const appid = deriveAppid(seed, 'Example Shop');
    expect(answer.json).toEqual({
      appid,
      secret: deriveSecret(seed, appid),
      kind: 'website',
      name: 'Example Shop',
      account: 'default',
      callbackDomains: ['shop.example.com'],
      rateLimitPerMinute: 50_000,
      lifetimes: {},
    });
    expect(answer.json.appid).toMatch(/^wx[0-9a-f]{16}$/);
    expect(answer.json.secret).toMatch(/^[0-9a-f]{32}$/);
    // The account "default" did not exist in the demo: it was created with the app (reference §10).
    expect((await mock.get('/__mock/accounts/default')).json).toMatchObject({ id: 'default', apps: [appid] });
    const listed = (await mock.get('/__mock/apps')).json.apps as Array<Record<string, unknown>>;
    expect(listed.map((a) => a.appid)).toContain(appid);
  });

  it('binds an official account to no account unless one is given, and keeps a given appid, secret and quota', async () => {
    const unbound = await mock.post('/__mock/apps', {
      kind: 'official-account',
      name: 'Unbound Service Account',
      callbackDomains: ['m.example.com'],
    });
    expect(unbound).toMatchObject({ status: 201, json: { kind: 'official-account', account: null } });
    const explicit = await mock.post('/__mock/apps', {
      appid: 'wxe95a3722cd637f61',
      secret: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      kind: 'official-account',
      name: 'Example Service Account',
      account: 'example-corp',
      callbackDomains: ['m.example.com'],
      rateLimitPerMinute: 5,
    });
    expect(explicit.status).toBe(201);
    expect(explicit.json).toEqual({
      appid: 'wxe95a3722cd637f61',
      secret: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      kind: 'official-account',
      name: 'Example Service Account',
      account: 'example-corp',
      callbackDomains: ['m.example.com'],
      rateLimitPerMinute: 5,
      lifetimes: {},
    });
  });

  it('makes the new app usable for the whole login at once: code minted, exchanged with its secret, userinfo read', async () => {
    const app = await createApp({ kind: 'website', name: 'Login Shop', callbackDomains: ['login.example.com'] });
    const code = await mock.post('/__mock/codes', { appid: app.appid, persona: 'lisi' });
    expect(code).toMatchObject({ status: 201, json: { appid: app.appid, persona: 'lisi', scope: 'snsapi_login' } });
    const exchanged = await mock.exchange(code.json.code as string, app);
    expect(exchanged.json).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
    expect(exchanged.json.access_token).toEqual(expect.any(String));
    const tokens = exchanged.json as unknown as Tokens;
    const info = await userinfo(tokens);
    expect(info.json).toMatchObject({ openid: tokens.openid, nickname: '李四🐱', unionid: tokens.unionid });
    // The wrong secret is still refused for it (reference §3.3).
    const wrongSecret = await mock.exchange(await mock.mintCode(app.appid, 'lisi'), {
      appid: app.appid,
      secret: WEBSITE.secret,
    });
    expect(wrongSecret.json.errcode).toBe(40125);
  });

  it("gives a persona the same unionid in two apps of one account, another in another account's app, and a different openid per app (reference §10)", async () => {
    const shop = await createApp({ kind: 'website', name: 'Acme Shop', account: 'acme', callbackDomains: ['a.test'] });
    const service = await createApp({
      kind: 'official-account',
      name: 'Acme Service',
      account: 'acme',
      callbackDomains: ['b.test'],
    });
    const other = await createApp({
      kind: 'website',
      name: 'Other Shop',
      account: 'other',
      callbackDomains: ['c.test'],
    });
    const inShop = await mock.signIn({ app: shop });
    const inService = await mock.signIn({ app: service });
    const inOther = await mock.signIn({ app: other });

    expect(inShop.unionid).toEqual(expect.any(String));
    expect(inService.unionid).toBe(inShop.unionid);
    expect(inOther.unionid).toEqual(expect.any(String));
    expect(inOther.unionid).not.toBe(inShop.unionid);
    expect(new Set([inShop.openid, inService.openid, inOther.openid]).size).toBe(3);
    // userinfo agrees with the code exchange.
    expect((await userinfo(inService)).json.unionid).toBe(inShop.unionid);
    expect((await userinfo(inOther)).json.unionid).toBe(inOther.unionid);
    // Another persona in the same account gets another unionid.
    expect((await mock.signIn({ app: shop, persona: 'lisi' })).unionid).not.toBe(inShop.unionid);
    // Unionids of one account share the account's prefix (reference §7).
    const acme = (await mock.get('/__mock/accounts/acme')).json;
    expect(acme.apps).toEqual([shop.appid, service.appid]);
    expect(inShop.unionid?.slice(0, 6)).toBe(acme.unionidPrefix);
  });

  it('answers 409 conflict for an appid that is taken, and leaves the existing app as it was', async () => {
    const answer = await mock.post('/__mock/apps', {
      appid: WEBSITE.appid,
      kind: 'website',
      name: 'Impostor',
      callbackDomains: ['evil.test'],
    });
    expect(answer).toMatchObject({
      status: 409,
      json: { error: 'conflict', message: `An app with the appid ${WEBSITE.appid} already exists.` },
    });
    expect((await mock.get(`/__mock/apps/${WEBSITE.appid}`)).json).toMatchObject({
      secret: WEBSITE.secret,
      name: '演示网站 Demo Website',
    });
  });

  it('answers 400 bad_request listing every problem of the body at once, each with its path, and registers nothing', async () => {
    const before = ((await mock.get('/__mock/apps')).json.apps as unknown[]).length;
    const answer = await mock.post('/__mock/apps', {
      appid: 'WX123',
      secret: 'not-hex',
      kind: 'desktop',
      callbackDomains: ['https://shop.example.com', 42],
      rateLimitPerMinute: 0,
      colour: 'red',
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('bad_request');
    const issues = answer.json.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'appid',
        'callbackDomains[0]',
        'callbackDomains[1]',
        'colour',
        'kind',
        'name',
        'rateLimitPerMinute',
        'secret',
      ].sort(),
    );
    expect(issues).toContainEqual({
      path: 'callbackDomains[0]',
      message: 'expected a bare host name (no scheme, port or path: reference §1.4), got "https://shop.example.com"',
    });
    expect(issues.find((i) => i.path === 'kind')?.message).toMatch(/^expected one of "website", "official-account"/);
    expect(answer.json.message).toContain('8 problem(s)');
    expect(((await mock.get('/__mock/apps')).json.apps as unknown[]).length).toBe(before);
  });

  it('answers 400 with the three required fields as issues for an empty body, and for an empty callbackDomains list', async () => {
    const empty = await mock.post('/__mock/apps');
    expect(empty.status).toBe(400);
    expect((empty.json.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual([
      'callbackDomains',
      'kind',
      'name',
    ]);
    const noDomains = await mock.post('/__mock/apps', { kind: 'website', name: 'No Domains', callbackDomains: [] });
    expect(noDomains).toMatchObject({
      status: 400,
      json: { error: 'bad_request', issues: [{ path: 'callbackDomains', message: 'expected at least one domain' }] },
    });
  });
  it('answers 400 for an account id that POST /__mock/accounts would refuse, and creates no such account', async () => {
    const answer = await mock.post('/__mock/apps', {
      kind: 'website',
      name: 'Odd Account Shop',
      account: 'has space!',
      callbackDomains: ['odd.test'],
    });
    expect(answer).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    expect(answer.json.issues).toEqual([
      { path: 'account', message: 'expected 1 to 64 characters of A-Z, a-z, 0-9, ., _ or -, got "has space!"' },
    ]);
    const accounts = (await mock.get('/__mock/accounts')).json.accounts as Array<{ id: string }>;
    expect(accounts.map((a) => a.id)).not.toContain('has space!');
  });
});

describe('GET /__mock/apps/{appid}', () => {
  it('answers a seeded app with its secret, and 404 unknown_app for an appid the mock does not know', async () => {
    expect(await mock.get(`/__mock/apps/${OFFICIAL.appid}`)).toMatchObject({
      status: 200,
      json: { appid: OFFICIAL.appid, secret: OFFICIAL.secret, kind: 'official-account' },
    });
    expect(await mock.get('/__mock/apps/wx0000000000000000')).toMatchObject({
      status: 404,
      json: { error: 'unknown_app' },
    });
  });
});

describe('DELETE /__mock/apps/{appid}', () => {
  it('answers 204 and from then on the appid is unknown: its tokens answer 40001, its codes and refresh_tokens 40013', async () => {
    const app = await createApp({
      kind: 'website',
      name: 'Doomed Shop',
      account: 'doomed',
      callbackDomains: ['d.test'],
    });
    const tokens = await mock.signIn({ app: app });
    const code = await mock.mintCode(app.appid, 'zhangsan');
    expect((await userinfo(tokens)).json).toHaveProperty('nickname');

    const answer = await del(`/__mock/apps/${app.appid}`);
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');

    expect(await mock.get(`/__mock/apps/${app.appid}`)).toMatchObject({ status: 404, json: { error: 'unknown_app' } });
    // The access_token is gone with the app: it answers as a token the mock never issued (reference §5).
    expect((await userinfo(tokens)).json.errcode).toBe(40001);
    expect(
      (await mock.get(withQuery('/sns/auth', { access_token: tokens.access_token, openid: tokens.openid }))).json
        .errcode,
    ).toBe(40001);
    // Exchanging its code with its appid and secret: the appid is checked first and is unknown now (reference §3.3).
    expect((await mock.exchange(code, app)).json).toMatchObject({ errcode: 40013 });
    expect((await mock.exchange(code, app)).json.errmsg).toMatch(/^invalid appid, rid: /);
    expect((await refresh(app.appid, tokens.refresh_token)).json.errcode).toBe(40013);
    // Nothing more can be minted for it.
    expect(await mock.post('/__mock/codes', { appid: app.appid, persona: 'zhangsan' })).toMatchObject({
      status: 404,
      json: { error: 'unknown_app' },
    });
    // The account it was bound to stays, now without apps.
    expect((await mock.get('/__mock/accounts/doomed')).json).toMatchObject({ id: 'doomed', apps: [] });
    expect(await del(`/__mock/apps/${app.appid}`)).toMatchObject({ status: 404, json: { error: 'unknown_app' } });
  });

  it("leaves other apps' tokens alone", async () => {
    const survivor = await mock.signIn({ persona: 'wangwu' });
    const app = await createApp({ kind: 'website', name: 'Short-lived Shop', callbackDomains: ['e.test'] });
    await mock.signIn({ app: app, persona: 'wangwu' });
    expect((await del(`/__mock/apps/${app.appid}`)).status).toBe(204);
    expect((await userinfo(survivor)).json).toMatchObject({ nickname: '王五' });
  });
});

describe('/__mock/accounts', () => {
  it('lists the accounts the configured apps name, with their unionid prefix and their appids', async () => {
    const answer = await mock.get('/__mock/accounts');
    expect(answer.status).toBe(200);
    const accounts = answer.json.accounts as Array<{ id: string; unionidPrefix: string; apps: string[] }>;
    const demo = accounts.find((a) => a.id === 'demo-open-platform');
    expect(demo?.apps).toEqual([WEBSITE.appid, OFFICIAL.appid]);
    expect(demo?.unionidPrefix).toMatch(/^o[A-Za-z0-9_-]{5}$/);
  });

  it('creates an account (201, no apps yet) that can be read, listed, bound to and deleted (204)', async () => {
    const created = await mock.post('/__mock/accounts', { id: 'example-corp.cn_2' });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: 'example-corp.cn_2', unionidPrefix: expect.any(String), apps: [] });
    expect(created.json.unionidPrefix).toMatch(/^o[A-Za-z0-9_-]{5}$/);
    expect(await mock.get('/__mock/accounts/example-corp.cn_2')).toMatchObject({ status: 200, json: created.json });
    const listed = (await mock.get('/__mock/accounts')).json.accounts as Array<{ id: string }>;
    expect(listed.map((a) => a.id)).toContain('example-corp.cn_2');

    const app = await createApp({
      kind: 'website',
      name: 'Bound Shop',
      account: 'example-corp.cn_2',
      callbackDomains: ['f.test'],
    });
    expect((await mock.get('/__mock/accounts/example-corp.cn_2')).json.apps).toEqual([app.appid]);
    expect((await mock.signIn({ app: app })).unionid?.slice(0, 6)).toBe(created.json.unionidPrefix);

    expect((await del(`/__mock/apps/${app.appid}`)).status).toBe(204);
    const deleted = await del('/__mock/accounts/example-corp.cn_2');
    expect(deleted.status).toBe(204);
    expect(await mock.get('/__mock/accounts/example-corp.cn_2')).toMatchObject({
      status: 404,
      json: { error: 'unknown_account' },
    });
  });

  it('answers 409 conflict for an account id that is taken', async () => {
    expect(await mock.post('/__mock/accounts', { id: 'demo-open-platform' })).toMatchObject({
      status: 409,
      json: { error: 'conflict' },
    });
  });

  it('refuses with 409 to delete an account that apps are still bound to, naming them, and keeps it', async () => {
    const answer = await del('/__mock/accounts/demo-open-platform');
    expect(answer.status).toBe(409);
    expect(answer.json.error).toBe('conflict');
    expect(answer.json.message).toContain(WEBSITE.appid);
    expect(answer.json.message).toContain(OFFICIAL.appid);
    expect((await mock.get('/__mock/accounts/demo-open-platform')).status).toBe(200);
    // Its apps still log in with a unionid.
    expect((await mock.signIn()).unionid).toEqual(expect.any(String));
  });

  it('answers 404 unknown_account for an account the mock does not know, on read and on delete', async () => {
    expect(await mock.get('/__mock/accounts/no-such-account')).toMatchObject({
      status: 404,
      json: { error: 'unknown_account' },
    });
    expect(await del('/__mock/accounts/no-such-account')).toMatchObject({
      status: 404,
      json: { error: 'unknown_account' },
    });
  });

  it('answers 400 bad_request with issues for an id that is missing, malformed or accompanied by unknown keys', async () => {
    const bad = await mock.post('/__mock/accounts', { id: 'has space!' });
    expect(bad).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    expect(bad.json.issues).toEqual([
      { path: 'id', message: 'expected 1 to 64 characters of A-Z, a-z, 0-9, ., _ or -, got "has space!"' },
    ]);
    const several = await mock.post('/__mock/accounts', { name: 'x' });
    expect(several.status).toBe(400);
    expect((several.json.issues as Array<{ path: string }>).map((i) => i.path)).toEqual(['name']);
    expect(await mock.post('/__mock/accounts', { id: 'x'.repeat(65) })).toMatchObject({ status: 400 });
    expect((await mock.get('/__mock/accounts/has space!')).status).toBe(404);
  });
});

describe('/__mock/personas', () => {
  it('creates a persona (201, every default filled in; avatar false gives headimgurl "") that can be read and logs in at once', async () => {
    const answer = await mock.post('/__mock/personas', { key: 'carol', nickname: '小卡', avatar: false });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      key: 'carol',
      nickname: '小卡',
      sex: 0,
      language: 'zh_CN',
      headimgurl: '',
      privilege: [],
      profile: 'current',
      region: {},
    });
    expect(await mock.get('/__mock/personas/carol')).toMatchObject({ status: 200, json: answer.json });
    const listed = (await mock.get('/__mock/personas')).json.personas as Array<{ key: string }>;
    expect(listed.map((p) => p.key)).toContain('carol');
    // The userinfo of a persona without avatar has an empty headimgurl (reference §5.2).
    const info = await userinfo(await mock.signIn({ persona: 'carol' }));
    expect(info.json).toMatchObject({ nickname: '小卡', headimgurl: '' });
  });

  it('derives an avatar URL in WeChat\'s shape by default, and an explicit headimgurl wins over "avatar"', async () => {
    const derived = await mock.post('/__mock/personas', { key: 'erin', nickname: 'Erin' });
    expect(derived.json.headimgurl).toMatch(/^https:\/\/thirdwx\.qlogo\.cn\/mmopen\/vi_32\/[^/]+\/132$/);
    const explicit = await mock.post('/__mock/personas', {
      key: 'frank',
      nickname: 'Frank',
      avatar: false,
      headimgurl: 'https://thirdwx.qlogo.cn/mmopen/vi_32/own/132',
    });
    expect(explicit.json.headimgurl).toBe('https://thirdwx.qlogo.cn/mmopen/vi_32/own/132');
  });

  it('deletes a persona (204): its tokens then answer 40001, its refresh_tokens 40030 and its codes 40029, as if never issued', async () => {
    expect((await mock.post('/__mock/personas', { key: 'gone', nickname: 'Gone' })).status).toBe(201);
    const tokens = await mock.signIn({ persona: 'gone' });
    const code = await mock.mintCode(WEBSITE.appid, 'gone');
    const bystander = await mock.signIn();

    const answer = await del('/__mock/personas/gone');
    expect(answer.status).toBe(204);
    expect(await mock.get('/__mock/personas/gone')).toMatchObject({ status: 404, json: { error: 'unknown_persona' } });
    expect((await userinfo(tokens)).json.errcode).toBe(40001);
    expect((await refresh(WEBSITE.appid, tokens.refresh_token)).json.errcode).toBe(40030);
    expect((await mock.exchange(code)).json.errcode).toBe(40029);
    expect(await mock.post('/__mock/codes', { appid: WEBSITE.appid, persona: 'gone' })).toMatchObject({
      status: 404,
      json: { error: 'unknown_persona' },
    });
    // Another persona's tokens of the same app are untouched.
    expect((await userinfo(bystander)).json).toMatchObject({ nickname: '张三' });
    expect(await del('/__mock/personas/gone')).toMatchObject({ status: 404, json: { error: 'unknown_persona' } });
  });

  it('answers 409 conflict for a key that is taken', async () => {
    expect(await mock.post('/__mock/personas', { key: 'zhangsan', nickname: 'Another Zhang' })).toMatchObject({
      status: 409,
      json: { error: 'conflict' },
    });
    expect((await mock.get('/__mock/personas/zhangsan')).json.nickname).toBe('张三');
  });

  it('answers 400 bad_request with an issue per bad field: a key outside A-Z a-z 0-9 _ -, a missing nickname, a bad sex', async () => {
    const answer = await mock.post('/__mock/personas', { key: 'no spaces!', sex: 3 });
    expect(answer).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    const issues = answer.json.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path).sort()).toEqual(['key', 'nickname', 'sex']);
    expect(issues.find((i) => i.path === 'key')?.message).toBe(
      'expected 1 to 64 characters of A-Z, a-z, 0-9, _ or -, got "no spaces!"',
    );
    expect(await mock.get('/__mock/personas/no%20spaces!')).toMatchObject({ status: 404 });
  });

  it('answers 404 unknown_persona for a key the mock does not know', async () => {
    expect(await mock.get('/__mock/personas/nobody')).toMatchObject({
      status: 404,
      json: { error: 'unknown_persona' },
    });
    expect(await del('/__mock/personas/nobody')).toMatchObject({ status: 404, json: { error: 'unknown_persona' } });
  });
});
