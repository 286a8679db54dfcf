import assert from 'node:assert/strict';
import { SNS_ENDPOINTS } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams } from './wechat-expect.js';

export default {
  id: 'wire.error-compact-json',
  title: 'An error body is compact JSON with errcode first, then errmsg, and nothing else, on every API endpoint',
  reference: '§8.1, §9, ML§5.1',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, 'any'));
    assert.match(answer.text, /^\{"errcode":40029,"errmsg":"invalid code[^"]*"\}$/);
    for (const endpoint of SNS_ENDPOINTS) {
      assert.match((await t.sns(endpoint, {})).text, /^\{"errcode":\d+,"errmsg":"[^"]+"\}$/, endpoint);
    }
  },
} satisfies Scenario;
