import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'servertoken.success-shape',
  title: '/cgi-bin/token answers access_token then expires_in 7200, nothing else; the token is NN_ and 133 characters',
  reference: 'ML§5.1',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const body = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram)));
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in']);
    assert.equal(body.expires_in, 7200);
    assert.match(String(body.access_token), /^\d+_[A-Za-z0-9_-]{133}$/);
  },
} satisfies Scenario;
