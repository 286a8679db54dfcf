import { serverTokenTable } from './server-token-table.js';
import { expectErrcode } from './wechat-expect.js';

export const [servertokenAppidMissing, stabletokenAppidMissing] = serverTokenTable({
  behaviour: 'appid-missing',
  title: (endpoint) => `${endpoint} without appid answers 41002 appid missing`,
  evidence: { token: 'documented', stable: 'documented' },
  async run(t, call) {
    expectErrcode(await call({ grant_type: 'client_credential', secret: t.miniProgram.secret }), 41002);
  },
});

export default [servertokenAppidMissing, stabletokenAppidMissing];
