import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppCredentials, OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

// The documented refresh answer is specified in scenarios/catalogue/refresh-*.ts (ADR 0024); here the setting
// that brings back the shape captured from 2015 to 2019 (ML§6.4), which no live WeChat is known to send now.
let mock: TestMock;
let mobileApp: AppCredentials;
beforeAll(async () => {
  mock = await startTestMock({ config: { fidelity: { refreshAnswer: 'pre-2020' } } });
  mobileApp = await mock.apps.create({ kind: 'mobile-app', name: 'Pre-2020 app', account: 'demo-open-platform' });
});
afterAll(() => mock.close());

const refresh = (app: AppCredentials, refreshToken: string) =>
  mock.get(`/sns/oauth2/refresh_token?appid=${app.appid}&grant_type=refresh_token&refresh_token=${refreshToken}`);

describe('fidelity.refreshAnswer: pre-2020 (ML§6.4)', () => {
  it('puts openid first and writes snsapi_userinfo as "snsapi_base,snsapi_userinfo," for a mobile app and an official account', async () => {
    for (const app of [mobileApp, OFFICIAL]) {
      const grant = await mock.signIn({ app, scope: 'snsapi_userinfo' });
      const answer = await refresh(app, grant.refresh_token);
      expect(Object.keys(answer.json)).toEqual(['openid', 'access_token', 'expires_in', 'refresh_token', 'scope']);
      expect(answer.json).toEqual({
        openid: grant.openid,
        access_token: grant.access_token,
        expires_in: 7200,
        refresh_token: grant.refresh_token,
        scope: 'snsapi_base,snsapi_userinfo,',
      });
    }
  });

  it('writes the scopes never captured in that shape as the scope and a comma (inferred)', async () => {
    const site = await mock.signIn({ app: WEBSITE });
    expect((await refresh(WEBSITE, site.refresh_token)).json.scope).toBe('snsapi_login,');
    const base = await mock.signIn({ app: OFFICIAL, scope: 'snsapi_base' });
    expect((await refresh(OFFICIAL, base.refresh_token)).json.scope).toBe('snsapi_base,');
  });

  it('leaves the code exchange in its documented shape', async () => {
    const answer = await mock.exchange(await mock.mintCode(mobileApp.appid), mobileApp);
    expect(Object.keys(answer.json)[0]).toBe('access_token');
    expect(answer.json.scope).toBe('snsapi_userinfo');
  });
});
