// The README's testcontainers example, kept runnable: it imports the package by its published name.
// Only the image and the network come from the test setup (this project's CI engine has no bridge).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWeChatOAuthMockContainer, WeChatOAuthMockContainer } from 'wechat-oauth-mock/testcontainers';
import { containerTestSetup } from '../test-support/container-engine.js';

const setup = await containerTestSetup();

describe.skipIf(setup.missing !== null)('the README testcontainers example', () => {
  const shop = { appid: 'wx1234567890abcdef', secret: '0123456789abcdef0123456789abcdef' };

  let mock: StartedWeChatOAuthMockContainer;
  beforeAll(async () => {
    const container = new WeChatOAuthMockContainer(setup.image).withConfig({
      apps: [{ ...shop, kind: 'website', name: '我的商城', callbackDomains: ['localhost'] }],
    });
    mock = await (setup.hostNetwork ? container.withNetworkMode('host') : container).start();
  }, 60_000);
  afterAll(() => mock?.close());

  it('logs 李四 in to the shop defined by a config object: a code from the QR page exchanged for tokens', async () => {
    const { code } = await mock.login({ app: shop.appid, persona: 'lisi' });
    const query = new URLSearchParams({ ...shop, code, grant_type: 'authorization_code' });
    const answer = await fetch(`${mock.url}/sns/oauth2/access_token?${query}`);

    expect(await answer.json()).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
  });
});
