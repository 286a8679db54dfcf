import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppCredentials, OFFICIAL, startTestMock, type TestMock } from '../../test-support/test-mock.js';

// What WeChat answers on /cgi-bin/user/info is specified in scenarios/catalogue/followers-*.ts (ADR 0024); here
// what the kit cannot state: the mock's personas and follows, an unbound account, a mini-program's token, the
// journal.
let mock: TestMock;
let unbound: AppCredentials;
let mini: AppCredentials;
beforeAll(async () => {
  mock = await startTestMock();
  unbound = await mock.apps.create({ kind: 'official-account', name: 'Unbound OA', callbackDomains: ['u.test'] });
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Token mini-program' });
});
afterAll(() => mock.close());

const serverToken = async (app: AppCredentials): Promise<string> => {
  const query = new URLSearchParams({ grant_type: 'client_credential', appid: app.appid, secret: app.secret });
  return (await mock.get(`/cgi-bin/token?${query}`)).json.access_token as string;
};
const userInfo = async (app: AppCredentials, openid: string, lang?: string) => {
  const query = new URLSearchParams({ access_token: await serverToken(app), openid, ...(lang ? { lang } : {}) });
  return mock.get(`/cgi-bin/user/info?${query}`);
};
const openidOf = async (app: AppCredentials, persona: string) => (await mock.signIn({ app, persona })).openid;

describe('GET /cgi-bin/user/info with the mock personas and follows (ML§7)', () => {
  it("answers the demo's follower zhangsan with the captured subscribe time and scene, and the account's unionid", async () => {
    const grant = await mock.signIn({ app: OFFICIAL, persona: 'zhangsan' });
    const answer = await userInfo(OFFICIAL, grant.openid);
    expect(answer.json).toMatchObject({
      subscribe: 1,
      openid: grant.openid,
      language: 'zh_CN',
      subscribe_time: 1662371289,
      unionid: grant.unionid,
      subscribe_scene: 'ADD_SCENE_PROFILE_CARD',
    });
    expect(answer.headers.get('content-type')).toBe('application/json; encoding=utf-8');
  });

  it('answers a follow made over the control plane with its time and scene, and subscribe 0 after an unfollow', async () => {
    const openid = await openidOf(OFFICIAL, 'wangwu');
    await mock.apps.follow({
      app: OFFICIAL,
      persona: 'wangwu',
      subscribeTime: '2025-01-02T03:04:05Z',
      scene: 'ADD_SCENE_QR_CODE',
    });
    expect((await userInfo(OFFICIAL, openid)).json).toMatchObject({
      subscribe: 1,
      subscribe_time: 1735787045,
      subscribe_scene: 'ADD_SCENE_QR_CODE',
    });
    await mock.apps.unfollow({ app: OFFICIAL, persona: 'wangwu' });
    expect((await userInfo(OFFICIAL, openid)).json).toMatchObject({ subscribe: 0, openid });
  });

  it('answers a legacy-profile persona with its nickname, sex, avatar and region in lang, as /sns/userinfo does', async () => {
    const openid = await openidOf(OFFICIAL, 'xiaoming');
    await mock.apps.follow({ app: OFFICIAL, persona: 'xiaoming' });
    const answer = await userInfo(OFFICIAL, openid, 'zh_CN');
    expect(answer.json).toMatchObject({ subscribe: 1, nickname: '小明', sex: 1, city: '临汾', province: '山西' });
    expect(answer.json.headimgurl).not.toBe('');
  });

  it('leaves unionid out for an official account bound to no Open Platform account, following or not', async () => {
    const openid = await openidOf(unbound, 'lisi');
    expect((await userInfo(unbound, openid)).json).toEqual({ subscribe: 0, openid, tagid_list: [] });
    await mock.apps.follow({ app: unbound, persona: 'lisi' });
    const follower = (await userInfo(unbound, openid)).json;
    expect(follower.subscribe).toBe(1);
    expect(follower).not.toHaveProperty('unionid');
  });

  it("answers 48001 to a mini-program's server token, which has no followers (inferred)", async () => {
    const openid = await openidOf(OFFICIAL, 'lisi');
    expect((await userInfo(mini, openid)).json.errcode).toBe(48001);
  });

  it('journals the call with the official account and the persona behind the openid', async () => {
    const openid = await openidOf(OFFICIAL, 'lisi');
    const after = await mock.journal.lastId();
    await userInfo(OFFICIAL, openid);
    const entry = await mock.journal.waitFor({ endpoint: '/cgi-bin/user/info' }, { after });
    expect(entry).toMatchObject({ appid: OFFICIAL.appid, persona: 'lisi' });
  });
});
