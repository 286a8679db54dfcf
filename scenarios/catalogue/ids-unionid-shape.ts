import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.unionid-shape',
  title: 'A website login\'s unionid is 28 characters of [A-Za-z0-9_-] starting with "o", unlike its openid',
  reference: '§7, §10',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const { openid, unionid } = await t.login();
    assert.match(unionid ?? '', /^o[A-Za-z0-9_-]{27}$/);
    assert.notEqual(unionid, openid);
  },
} satisfies Scenario;
