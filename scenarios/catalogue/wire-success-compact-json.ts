import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'wire.success-compact-json',
  title: 'A success body is compact JSON: no spaces or line breaks between keys and values',
  reference: '§3.2, §9',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, await t.freshCode()));
    // Token answers hold no "/", so the compact serialisation of the parsed body is the body itself.
    assert.equal(answer.text, JSON.stringify(expectSuccess(answer)));
  },
} satisfies Scenario;
