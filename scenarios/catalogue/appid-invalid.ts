import { serverTokenTable } from './server-token-table.js';
import { expectErrcode, serverTokenParams } from './wechat-expect.js';

export const [servertokenAppidInvalid, stabletokenAppidInvalid] = serverTokenTable({
  behaviour: 'appid-invalid',
  title: (endpoint) => `${endpoint} with an appid WeChat does not know answers 40013 invalid appid`,
  evidence: { token: 'documented', stable: 'documented' },
  async run(t, call) {
    expectErrcode(await call(serverTokenParams({ appid: 'wx0000000000000000', secret: t.miniProgram.secret })), 40013);
  },
});

export default [servertokenAppidInvalid, stabletokenAppidInvalid];
