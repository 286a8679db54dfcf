import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.openid-stable-per-app',
  title: 'The same person logging in twice to the same app gets the same openid and unionid',
  reference: '§7, §10',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const first = await t.login();
    const second = await t.login();
    assert.equal(second.openid, first.openid);
    assert.equal(second.unionid, first.unionid);
  },
} satisfies Scenario;
