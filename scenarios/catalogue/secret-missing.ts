import { serverTokenTable } from './server-token-table.js';
import { expectErrcode } from './wechat-expect.js';

export const [servertokenSecretMissing, stabletokenSecretMissing] = serverTokenTable({
  behaviour: 'secret-missing',
  title: (endpoint) => `${endpoint} without secret answers 41004 appsecret missing`,
  evidence: { token: 'documented', stable: 'documented' },
  async run(t, call) {
    expectErrcode(await call({ grant_type: 'client_credential', appid: t.miniProgram.appid }), 41004);
  },
});

export default [servertokenSecretMissing, stabletokenSecretMissing];
