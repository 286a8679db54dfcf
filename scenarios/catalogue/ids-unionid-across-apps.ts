import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.unionid-across-apps',
  title:
    'The same person gets different openids but the same unionid in a website app and an official account of one Open Platform account',
  reference: '§10',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const website = await t.login();
    const officialAccount = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    assert.notEqual(officialAccount.openid, website.openid);
    assert.ok(website.unionid !== undefined, 'the website login has a unionid');
    assert.equal(officialAccount.unionid, website.unionid);
  },
} satisfies Scenario;
