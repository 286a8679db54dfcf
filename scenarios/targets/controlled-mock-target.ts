import { randomBytes } from 'node:crypto';
import type { WeChatMock } from '../../contract/control-client/index.js';
import type { AppCredentials } from '../model/scenario-context.js';
import type { ConformanceTarget } from './conformance-target.js';

/**
 * A mock whose control plane the suite can use: it registers an Open Platform account, a website app, an
 * official-account app, a mini-program (ML§1), a mobile app (ML§6) and a persona of its own (all named `conformance-<random>`), so that it never disturbs
 * other users of a shared mock; fresh codes come from logins through the pages as the persona (wx.login,
 * phone and mobile-app codes from the control plane, as the phone is not the mock's); after each
 * scenario only its own apps are reset; at the end they are deleted and the mock is closed (which stops what
 * the target started, and nothing for a mock it only connected to). Every capability is there.
 */
export async function controlledMockTarget(name: string, mock: WeChatMock): Promise<ConformanceTarget> {
  const suffix = randomBytes(4).toString('hex');
  const account = await mock.accounts.create({ id: `conformance-${suffix}` });
  const persona = await mock.personas.create({
    key: `conformance-${suffix}`,
    nickname: '测试用户🐼',
    phone: { number: '13800138000' },
  });
  const register = async (kind: 'website' | 'official-account'): Promise<AppCredentials> => {
    const app = await mock.apps.create({
      kind,
      name: `conformance ${kind} ${suffix}`,
      account: account.id,
      callbackDomains: ['127.0.0.1', 'localhost'],
    });
    return { appid: app.appid, secret: app.secret };
  };
  const website = await register('website');
  const officialAccount = await register('official-account');
  const mini = await mock.apps.create({
    kind: 'mini-program',
    name: `conformance mini-program ${suffix}`,
    account: account.id,
  });
  const miniProgram = { appid: mini.appid, secret: mini.secret };
  const mobile = await mock.apps.create({
    kind: 'mobile-app',
    name: `conformance mobile app ${suffix}`,
    account: account.id,
  });
  const mobileApp = { appid: mobile.appid, secret: mobile.secret };
  const apps = [website, officialAccount, miniProgram, mobileApp];
  return {
    name,
    capabilities: new Set(['fresh-code', 'control', 'clock', 'official-account', 'mini-program', 'mobile-app']),
    openBaseUrl: mock.url,
    apiBaseUrl: mock.url,
    website,
    callbackUrl: 'http://127.0.0.1/cb',
    officialAccount,
    miniProgram,
    mobileApp,
    control: mock,
    scenarioTimeoutMs: 30_000,
    async freshCode(app, scope) {
      return (await mock.login({ app, persona, scope })).code;
    },
    async wxLoginCode() {
      return (await mock.codes.mint({ app: miniProgram, persona })).code;
    },
    async mobileAppCode() {
      return (await mock.codes.mint({ app: mobileApp, persona })).code;
    },
    async follow() {
      await mock.apps.follow({ app: officialAccount, persona });
    },
    async phoneCode() {
      return (await mock.codes.mint({ app: miniProgram, persona, kind: 'phone' })).code;
    },
    async afterScenario() {
      for (const app of apps) await mock.reset({ appid: app });
      // A follow is the registry's, which a reset of the app keeps: the next scenario starts unfollowed.
      if ((await mock.apps.get(officialAccount)).followers.length > 0) {
        await mock.apps.unfollow({ app: officialAccount, persona });
      }
    },
    async close() {
      for (const app of apps) await mock.apps.delete(app);
      await mock.accounts.delete(account.id);
      await mock.personas.delete(persona);
      await mock.close();
    },
  };
}
