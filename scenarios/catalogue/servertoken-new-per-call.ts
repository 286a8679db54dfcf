import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'servertoken.new-per-call',
  title: 'Every /cgi-bin/token call issues a new access_token',
  reference: 'ML§5.1',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const first = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram)));
    const second = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram)));
    assert.notEqual(second.access_token, first.access_token);
  },
} satisfies Scenario;
