import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.success-shape',
  title:
    'userinfo answers openid, nickname, sex, language, city, province, country, headimgurl, privilege and unionid, in that order',
  reference: '§5.2, §14',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/userinfo', tokenParams(grant)));
    assert.deepEqual(Object.keys(body), [
      'openid',
      'nickname',
      'sex',
      'language',
      'city',
      'province',
      'country',
      'headimgurl',
      'privilege',
      'unionid',
    ]);
    assert.ok(Array.isArray(body.privilege), `privilege is an array, got ${JSON.stringify(body.privilege)}`);
  },
} satisfies Scenario;
