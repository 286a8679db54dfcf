import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView, PersonaIdentities } from '../contract/index.js';
import { answerOnPhone, openQrLogin, poll } from '../test-support/qr-login.js';
import { type AppCredentials, startTestMock, type TestMock } from '../test-support/test-mock.js';

// One persona through all four channels in the apps of two Open Platform accounts (§10, ML§1.3, ML§6.2). The
// one-account half is also the catalogue's `ids.one-identity-across-channels`; the two-account half stays here
// because a conformance target holds the apps of one account only (ADR 0024).
const ACCOUNTS = ['shop', 'games'] as const;
type Account = (typeof ACCOUNTS)[number];
const PERSONA = 'lisi';

let mock: TestMock;
let apps: AppView[];
beforeAll(async () => {
  mock = await startTestMock({
    config: {
      apps: ACCOUNTS.flatMap((account) => [
        { kind: 'website', name: `${account} website`, account, callbackDomains: ['localhost'] },
        { kind: 'official-account', name: `${account} official account`, account, callbackDomains: ['localhost'] },
        { kind: 'mini-program', name: `${account} mini-program`, account },
        { kind: 'mobile-app', name: `${account} mobile app`, account },
      ]),
    },
  });
  apps = await mock.apps.list();
});
afterAll(() => mock.close());

const appOf = (account: Account, kind: AppView['kind']): AppView => {
  const found = apps.find((app) => app.account === account && app.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} in ${account}`);
  return found;
};

/** A channel's answer: every channel of a bound app carries openid and unionid. */
type Ids = Readonly<Record<string, unknown>>;

/** Website QR login as a person does it: open qrconnect, scan, allow on the phone, the page's long poll gets the code (§1). */
async function websiteQrLogin(app: AppView): Promise<Ids> {
  const uuid = await openQrLogin(mock, { appid: app.appid, redirect_uri: 'http://localhost/callback' });
  await mock.get(`/connect/confirm?uuid=${uuid}`);
  await answerOnPhone(mock, uuid, { action: 'allow', persona: PERSONA });
  const { errcode, code } = await poll(mock, uuid, 404);
  expect(errcode).toBe(405);
  return (await mock.exchange(code, app)).json;
}

/** Official-account web authorization with snsapi_userinfo: the authorize page, consent, the redirect's code (§2). */
async function officialAccountLogin(app: AppView): Promise<Ids> {
  const { code } = await mock.login({ app, persona: PERSONA, scope: 'snsapi_userinfo' });
  return (await mock.exchange(code, app)).json;
}

/** Mini-program: a wx.login code from the control plane at /sns/jscode2session (ML§1). */
async function miniProgramLogin(app: AppCredentials): Promise<Ids> {
  const { code } = await mock.codes.mint({ app: app.appid, persona: PERSONA });
  const query = new URLSearchParams({ ...app, js_code: code, grant_type: 'authorization_code' });
  return (await mock.get(`/sns/jscode2session?${query}`)).json;
}

/** Mobile app: the SDK's code from the control plane at /sns/oauth2/access_token (ML§6). */
async function mobileAppLogin(app: AppView): Promise<Ids> {
  return (await mock.exchange(await mock.mintCode(app.appid, PERSONA), app)).json;
}

describe('one identity across the four channels (§10)', () => {
  let ids: Record<Account, Ids[]>;
  beforeAll(async () => {
    const loginEverywhere = async (account: Account) => [
      await websiteQrLogin(appOf(account, 'website')),
      await officialAccountLogin(appOf(account, 'official-account')),
      await miniProgramLogin(appOf(account, 'mini-program')),
      await mobileAppLogin(appOf(account, 'mobile-app')),
    ];
    ids = { shop: await loginEverywhere('shop'), games: await loginEverywhere('games') };
  });

  it('gives the persona one unionid in every channel of one Open Platform account', () => {
    for (const account of ACCOUNTS) {
      const unionids = ids[account].map((answer) => answer.unionid);
      expect(unionids[0], account).toMatch(/^o[A-Za-z0-9_-]{27}$/);
      expect(new Set(unionids).size, account).toBe(1);
    }
  });

  it('gives the persona a different unionid in each of two Open Platform accounts', () => {
    expect(ids.shop[0]?.unionid).not.toBe(ids.games[0]?.unionid);
  });

  it('gives the persona a distinct openid in each of the eight apps', () => {
    const openids = ACCOUNTS.flatMap((account) => ids[account].map((answer) => answer.openid));
    expect(openids.every((openid) => typeof openid === 'string')).toBe(true);
    expect(new Set(openids).size).toBe(8);
  });

  it('matches what the control plane says the persona is in each app', async () => {
    const answer = await fetch(`${mock.url}/__mock/personas/${PERSONA}/identities`);
    const { identities } = (await answer.json()) as PersonaIdentities;
    for (const account of ACCOUNTS) {
      const kinds = ['website', 'official-account', 'mini-program', 'mobile-app'] as const;
      kinds.forEach((kind, index) => {
        const listed = identities.find((identity) => identity.appid === appOf(account, kind).appid);
        const { openid, unionid } = ids[account][index] ?? {};
        expect(listed, `${account} ${kind}`).toEqual({ appid: appOf(account, kind).appid, openid, unionid });
      });
    }
  });
});
