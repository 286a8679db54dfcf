import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.no-sex-or-region',
  title: 'Since October 2021 userinfo keeps sex, language and region but answers sex 0 and empty strings',
  reference: '§5.2',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/userinfo', { ...tokenParams(grant), lang: 'zh_CN' }));
    assert.equal(body.sex, 0);
    assert.deepEqual([body.language, body.city, body.province, body.country], ['', '', '', '']);
  },
} satisfies Scenario;
