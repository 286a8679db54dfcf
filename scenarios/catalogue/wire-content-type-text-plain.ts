import assert from 'node:assert/strict';
import { SNS_ENDPOINTS } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'wire.content-type-text-plain',
  title: 'An /sns answer has Content-Type text/plain, without a charset, on every /sns endpoint',
  reference: '§9, §14',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const endpoint of SNS_ENDPOINTS.filter((path) => path.startsWith('/sns/'))) {
      assert.equal((await t.sns(endpoint, {})).headers.get('content-type'), 'text/plain', endpoint);
    }
  },
} satisfies Scenario;
