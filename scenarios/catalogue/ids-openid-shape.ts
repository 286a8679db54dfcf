import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.openid-shape',
  title: 'An openid is 28 characters of [A-Za-z0-9_-] starting with "o"',
  reference: '§7',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const { openid } = await t.login();
    assert.match(openid, /^o[A-Za-z0-9_-]{27}$/);
  },
} satisfies Scenario;
