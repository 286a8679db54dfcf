import { sessionKeyTable } from './session-key-table.js';
import { expectErrcode } from './wechat-expect.js';

export const [checksessionSnsTokenRefused, resetsessionkeySnsTokenRefused] = sessionKeyTable({
  behaviour: 'sns-token-refused',
  title: (endpoint) =>
    `${endpoint} takes the server token of /cgi-bin/token: a user's /sns access_token answers 40001 invalid credential`,
  evidence: { check: 'inferred', reset: 'inferred' },
  async run(t, call) {
    const grant = await t.login();
    expectErrcode(await call({ access_token: grant.access_token }), 40001);
  },
});

export default [checksessionSnsTokenRefused, resetsessionkeySnsTokenRefused];
