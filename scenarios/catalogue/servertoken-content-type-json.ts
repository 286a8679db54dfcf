import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { serverTokenParams } from './wechat-expect.js';

export default {
  id: 'servertoken.content-type-json',
  title: "/cgi-bin/token answers with Content-Type 'application/json; encoding=utf-8', unlike /sns's text/plain",
  reference: '§9, ML§5.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const answer = await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram));
    assert.equal(answer.headers.get('content-type'), 'application/json; encoding=utf-8');
  },
} satisfies Scenario;
