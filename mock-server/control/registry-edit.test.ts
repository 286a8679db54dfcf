import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const put = (path: string, body: unknown) =>
  mock.get(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function login(persona: string) {
  const { json } = await mock.exchange(await mock.mintCode(WEBSITE.appid, persona));
  return json as { access_token: string; openid: string; unionid: string };
}

describe('editing apps', () => {
  it('replaces the settings of an app and keeps its appid', async () => {
    const { json, status } = await put(`/__mock/apps/${WEBSITE.appid}`, {
      kind: 'website',
      name: 'Renamed',
      secret: WEBSITE.secret,
      callbackDomains: ['new.example.com'],
      rateLimitPerMinute: 7,
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ appid: WEBSITE.appid, name: 'Renamed', callbackDomains: ['new.example.com'] });
    expect((await mock.get(`/__mock/apps/${WEBSITE.appid}`)).json).toEqual(json);
  });

  it('makes a new secret the only one the code exchange accepts', async () => {
    const secret = '0123456789abcdef0123456789abcdef';
    await put(`/__mock/apps/${WEBSITE.appid}`, { kind: 'website', name: 'Demo', secret, callbackDomains: ['a.test'] });
    const old = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'lisi'));
    expect(old.json.errcode).toBe(40125);
    const fresh = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'lisi'), { appid: WEBSITE.appid, secret });
    expect(fresh.json.openid).toEqual(expect.any(String));
  });

  it('refuses a body appid other than the path one, and lists every problem', async () => {
    const { status, json } = await put(`/__mock/apps/${WEBSITE.appid}`, {
      appid: 'wx0000000000000000',
      kind: 'website',
      name: 'X',
      callbackDomains: ['https://bad'],
    });
    expect(status).toBe(400);
    expect(json.issues).toEqual([
      expect.objectContaining({ path: 'appid' }),
      expect.objectContaining({ path: 'callbackDomains[0]' }),
    ]);
  });

  it('answers 404 unknown_app for an app it does not know', async () => {
    const { status, json } = await put('/__mock/apps/wx0000000000000000', { kind: 'website', name: 'X' });
    expect(status).toBe(404);
    expect(json.error).toBe('unknown_app');
  });
});

describe('editing personas', () => {
  it('answers userinfo with the new profile at once, for tokens issued before the edit (reference §5.2)', async () => {
    const tokens = await login('lisi');
    const { status, json } = await put('/__mock/personas/lisi', {
      nickname: '<img src=x onerror=alert(1)>',
      profile: 'legacy',
      sex: 2,
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ key: 'lisi', nickname: '<img src=x onerror=alert(1)>', profile: 'legacy', sex: 2 });
    const profile = await mock.get(
      withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid }),
    );
    expect(profile.json).toMatchObject({ nickname: '<img src=x onerror=alert(1)>', sex: 2 });
  });

  it('refuses a body key other than the path one', async () => {
    const { status, json } = await put('/__mock/personas/lisi', { key: 'zhangsan', nickname: 'x' });
    expect(status).toBe(400);
    expect(json.issues).toEqual([expect.objectContaining({ path: 'key' })]);
  });

  it('answers 404 unknown_persona for a persona it does not know', async () => {
    expect((await put('/__mock/personas/nobody', { nickname: 'x' })).json.error).toBe('unknown_persona');
  });
});

describe("a persona's identities", () => {
  it('gives the openid and unionid the code exchange gives, for every app (reference §10)', async () => {
    const tokens = await login('zhangsan');
    const { status, json } = await mock.get('/__mock/personas/zhangsan/identities');
    expect(status).toBe(200);
    const apps = (await mock.get('/__mock/apps')).json.apps as { appid: string; account: string | null }[];
    expect(json.persona).toBe('zhangsan');
    expect(json.identities).toHaveLength(apps.length);
    expect(json.identities).toContainEqual({ appid: WEBSITE.appid, openid: tokens.openid, unionid: tokens.unionid });
    for (const app of apps.filter((a) => a.account === null)) {
      expect(json.identities).toContainEqual(expect.objectContaining({ appid: app.appid, unionid: null }));
    }
  });

  it('answers 404 unknown_persona for a persona it does not know', async () => {
    expect((await mock.get('/__mock/personas/nobody/identities')).status).toBe(404);
  });
});
