import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'journal.records-call',
  title: "The mock's journal records an /sns call with its appid and errcode, the secret masked",
  reference: 'the mock control plane (no WeChat counterpart)',
  evidence: 'documented',
  needs: ['control'],
  async run(t) {
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, 'any')), 40029);
    const entries = await t.control.journal.find({ appid: t.website.appid, endpoint: '/sns/oauth2/access_token' });
    const entry = entries.at(-1);
    assert.ok(entry !== undefined, 'the journal has no entry for the call');
    assert.equal(entry.appid, t.website.appid);
    assert.equal(entry.errcode, 40029);
    assert.equal(entry.query.code, 'any');
    assert.notEqual(entry.query.secret, t.website.secret, 'the secret is masked');
    assert.ok(!JSON.stringify(entry).includes(t.website.secret), 'the secret appears nowhere in the entry');
  },
} satisfies Scenario;
