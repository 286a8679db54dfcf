import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams } from './wechat-expect.js';

export default {
  id: 'wire.content-type-text-plain',
  title: 'An /sns answer has Content-Type text/plain, without a charset',
  reference: '§9, §14',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, 'any'));
    assert.equal(answer.headers.get('content-type'), 'text/plain');
  },
} satisfies Scenario;
