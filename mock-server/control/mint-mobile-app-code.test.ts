import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockControlError } from '../../contract/control-client/index.js';
import type { AppView } from '../../contract/index.js';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';

// What WeChat answers for a mobile app's code is specified in scenarios/catalogue/mobileapp-*.ts (ADR 0024);
// here the control plane and the lifetimes settings.
let mock: TestMock;
let mobile: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mobile = await mock.apps.create({ kind: 'mobile-app', name: 'Control mobile app', account: 'demo-open-platform' });
});
afterAll(() => mock.close());

describe('mobile apps on the control plane (ML§6)', () => {
  it('registers a mobile app without callback domains, listed with its kind and account', async () => {
    expect(mobile).toMatchObject({ kind: 'mobile-app', account: 'demo-open-platform', callbackDomains: [] });
    expect((await mock.apps.list()).map((app) => app.appid)).toContain(mobile.appid);
  });

  it('binds a mobile app to the default account when none is named, and refuses an unbound one (400)', async () => {
    const unnamed = await mock.apps.create({ kind: 'mobile-app', name: 'Unnamed account' });
    expect(unnamed.account).toBe('default');
    const unbound = await mock.post('/__mock/apps', { kind: 'mobile-app', name: 'M', account: null });
    expect(unbound.status).toBe(400);
    expect(unbound.text).toContain('a mobile app is always bound to an Open Platform account');
  });

  it('refuses callback domains for a mobile app (400), which has no redirect (ML§6.1)', async () => {
    const answer = await mock.post('/__mock/apps', { kind: 'mobile-app', name: 'M', callbackDomains: ['m.test'] });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('a mobile app has no callback domains');
  });

  it('mints an SDK code: 32 characters, 10 minutes, scope snsapi_userinfo by default (ML§6.1, ML§6.2)', async () => {
    const now = Date.parse((await mock.clock.freeze()).now);
    const minted = await mock.codes.mint({ app: mobile, persona: 'zhangsan' });
    await mock.clock.unfreeze();
    expect(minted.code).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(minted.scope).toBe('snsapi_userinfo');
    expect(Date.parse(minted.expiresAt) - now).toBe(600_000);
  });

  it('answers 400 bad_scope to any scope but snsapi_userinfo, the only one the SDK takes (ML§6.1)', async () => {
    for (const scope of ['snsapi_base', 'snsapi_login', null]) {
      const answer = await mock.post('/__mock/codes', { appid: mobile.appid, persona: 'zhangsan', scope });
      expect(answer.status, String(scope)).toBe(400);
      expect(answer.json).toMatchObject({ error: 'bad_scope' });
    }
  });

  it('refuses a login through the pages for a mobile app, which has none: its code is minted', async () => {
    await expect(mock.login({ app: mobile, persona: 'zhangsan' })).rejects.toThrow(MockControlError);
    await expect(mock.login({ app: mobile, persona: 'zhangsan' })).rejects.toThrow(/has no login page/);
  });
});

describe('lifetimes of a mobile app', () => {
  it("takes the app's own refresh_token lifetime over the kind's 180 days (docs/decisions/0030)", async () => {
    const own = await mock.apps.create({
      kind: 'mobile-app',
      name: 'Own lifetimes',
      lifetimes: { refreshTokenSeconds: 60 },
    });
    const grant = await mock.signIn({ app: own });
    await mock.advance(61);
    const query = `appid=${own.appid}&grant_type=refresh_token&refresh_token=${grant.refresh_token}`;
    expect((await mock.get(`/sns/oauth2/refresh_token?${query}`)).json.errcode).toBe(42002);
  });

  it('follows lifetimes.mobileAppCodeSeconds and lifetimes.mobileAppRefreshTokenSeconds, apart from the website settings', async () => {
    const short = await startTestMock({
      config: {
        apps: [
          { kind: 'mobile-app', name: 'App' },
          { kind: 'website', name: 'Site', callbackDomains: ['s.test'] },
        ],
        lifetimes: { mobileAppCodeSeconds: 60, mobileAppRefreshTokenSeconds: 3600, refreshTokenSeconds: 60 },
      },
    });
    try {
      const [app, site] = await short.apps.list();
      if (app === undefined || site === undefined) throw new Error('the two apps are missing');
      const now = Date.parse((await short.clock.freeze()).now);
      expect(Date.parse((await short.codes.mint({ app, persona: 'zhangsan' })).expiresAt) - now).toBe(60_000);
      const grant = await short.signIn({ app });
      const siteGrant = await short.signIn({ app: site });
      await short.advance(600);
      const refresh = (appid: string, token: string) =>
        short.get(`/sns/oauth2/refresh_token?appid=${appid}&grant_type=refresh_token&refresh_token=${token}`);
      expect((await refresh(app.appid, grant.refresh_token)).json.access_token).toBe(grant.access_token);
      expect((await refresh(site.appid, siteGrant.refresh_token)).json.errcode).toBe(42002);
      await short.advance(3000);
      expect((await refresh(app.appid, grant.refresh_token)).json.errcode).toBe(42002);
    } finally {
      await short.close();
    }
  });
});
