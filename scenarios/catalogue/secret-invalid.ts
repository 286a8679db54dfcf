import { serverTokenTable } from './server-token-table.js';
import { expectErrcode, serverTokenParams } from './wechat-expect.js';

export const [servertokenSecretInvalid, stabletokenSecretInvalid] = serverTokenTable({
  behaviour: 'secret-invalid',
  title: (endpoint) => `${endpoint} with a secret that is not the app's answers 40125 invalid appsecret`,
  evidence: { token: 'captured', stable: 'documented' },
  async run(t, call) {
    expectErrcode(await call(serverTokenParams({ appid: t.miniProgram.appid, secret: '0'.repeat(32) })), 40125);
  },
});

export default [servertokenSecretInvalid, stabletokenSecretInvalid];
