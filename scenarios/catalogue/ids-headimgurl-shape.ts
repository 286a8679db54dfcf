import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

/** Today's avatar URL, or "" for a user without avatar (§7). */
const HEADIMGURL = /^(https:\/\/thirdwx\.qlogo\.cn\/mmopen\/vi_32\/[^/]+\/132)?$/;

export default {
  id: 'ids.headimgurl-shape',
  title: 'A headimgurl is https://thirdwx.qlogo.cn/mmopen/vi_32/<id>/132, or "" when the user has no avatar',
  reference: '§5.2, §7',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const body = expectSuccess(await t.sns('/sns/userinfo', tokenParams(await t.login())));
    assert.match(String(body.headimgurl), HEADIMGURL);
  },
} satisfies Scenario;
