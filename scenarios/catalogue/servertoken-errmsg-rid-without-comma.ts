import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectErrcode, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'servertoken.errmsg-rid-without-comma',
  title: "A /cgi-bin error's errmsg ends in ' rid: xxxxxxxx-xxxxxxxx-xxxxxxxx' without the comma /sns puts in",
  reference: 'ML§5.1, §8.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const answer = await t.sns(
      '/cgi-bin/token',
      serverTokenParams({ appid: t.miniProgram.appid, secret: '0'.repeat(32) }),
    );
    expectErrcode(answer, 40125);
    assert.match(String(answer.body?.errmsg), /^invalid appsecret rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  },
} satisfies Scenario;
