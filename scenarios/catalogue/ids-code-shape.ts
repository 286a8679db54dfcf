import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.code-shape',
  title: 'A code is 32 characters of [A-Za-z0-9]',
  reference: '§7',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    assert.match(await t.freshCode(), /^[A-Za-z0-9]{32}$/);
  },
} satisfies Scenario;
