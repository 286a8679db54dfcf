// `npm run example`: the example website, against a mock started in-process unless WECHAT_APPID is set.
//
// Environment (all optional):
//   PORT                  the site's port (default 3000)
//   SITE_URL              the site's base URL as browsers see it (default http://localhost:PORT);
//                         its host must be one of the app's callback domains
//   WECHAT_APPID, WECHAT_SECRET   a real website app's credentials: talk to WeChat instead of a mock
//   WECHAT_OPEN_BASE_URL, WECHAT_API_BASE_URL   other hosts, e.g. a mock running elsewhere
//   STATE_SECRET          the key login states are signed with (default: random at each start)
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { startMockServer } from 'wechat-oauth-mock';
import { StateGuard, WeChatOAuthClient, type WeChatOAuthClientOptions } from 'wechat-oauth-mock/client';
import { createWebsite } from './website.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const publicUrl = env.SITE_URL ?? `http://localhost:${port}`;

async function clientOptions(): Promise<{ options: WeChatOAuthClientOptions; against: string; stop(): Promise<void> }> {
  const hosts = {
    ...(env.WECHAT_OPEN_BASE_URL ? { openBaseUrl: env.WECHAT_OPEN_BASE_URL } : {}),
    ...(env.WECHAT_API_BASE_URL ? { apiBaseUrl: env.WECHAT_API_BASE_URL } : {}),
  };
  if (env.WECHAT_APPID) {
    const options = { appid: env.WECHAT_APPID, ...(env.WECHAT_SECRET ? { secret: env.WECHAT_SECRET } : {}), ...hosts };
    return { options, against: options.openBaseUrl ?? 'the real WeChat', stop: async () => {} };
  }
  const mock = await startMockServer({ logFormat: 'silent' });
  const app = (await mock.apps.list()).find((candidate) => candidate.kind === 'website');
  if (app === undefined) throw new Error('the mock has no website app');
  return {
    options: { appid: app.appid, secret: app.secret, openBaseUrl: mock.url, apiBaseUrl: mock.url },
    against: `the mock at ${mock.url} (app ${app.appid})`,
    stop: () => mock.close(),
  };
}

const wechat = await clientOptions();
const site = createWebsite({
  client: new WeChatOAuthClient(wechat.options),
  stateGuard: new StateGuard({ secret: env.STATE_SECRET ?? randomBytes(32) }),
  publicUrl,
});
const server = site.listen(port, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Example site listening on port ${actual}, logging in with WeChat through ${wechat.against}.`);
  console.log(`Open ${publicUrl} and click "weixin login!".`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  void wechat.stop();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
