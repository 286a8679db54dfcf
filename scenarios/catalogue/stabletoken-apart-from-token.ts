import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, serverTokenParams, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.apart-from-token',
  title: 'The stable token is a slot of its own: /cgi-bin/token neither answers it nor replaces it',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const stable = expectSuccess(await stableToken(t, t.miniProgram));
    const token = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram)));
    assert.notEqual(token.access_token, stable.access_token);
    assert.equal(expectSuccess(await stableToken(t, t.miniProgram)).access_token, stable.access_token);
  },
} satisfies Scenario;
