import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'wire.errmsg-rid-suffix',
  title: 'An errmsg ends with ", rid: " and three groups of 8 hex digits, the first the Unix time of the answer',
  reference: '§7, §8.1',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const before = Math.floor(Date.now() / 1000);
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, 'not-a-code'));
    expectErrcode(answer, 40029);
    const match = /, rid: ([0-9a-f]{8})-[0-9a-f]{8}-[0-9a-f]{8}$/.exec(String(answer.body?.errmsg));
    assert.ok(match?.[1] !== undefined, `no rid suffix in ${JSON.stringify(answer.body?.errmsg)}`);
    // The first group is the answer's time; a target whose clock was moved may be ahead, never behind.
    assert.ok(Number.parseInt(match[1], 16) >= before - 5, `rid time ${match[1]} is before the request`);
  },
} satisfies Scenario;
