import { serverTokenTable } from './server-token-table.js';
import { expectErrcode, serverTokenParams } from './wechat-expect.js';

export const [servertokenGrantTypeExact, stabletokenGrantTypeExact] = serverTokenTable({
  behaviour: 'grant-type-exact',
  title: (endpoint) => `${endpoint} answers 40002 invalid grant_type to any grant_type but client_credential`,
  evidence: { token: 'documented', stable: 'documented' },
  async run(t, call) {
    expectErrcode(await call({ ...serverTokenParams(t.miniProgram), grant_type: 'authorization_code' }), 40002);
  },
});

export default [servertokenGrantTypeExact, stabletokenGrantTypeExact];
