import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { miniProgramServerToken, phoneNumber } from './wechat-expect.js';

export default {
  id: 'phonenumber.success-shape',
  title:
    'getuserphonenumber answers errcode 0, errmsg ok and phone_info {phoneNumber, purePhoneNumber, countryCode "86" as a string, watermark {timestamp, appid}}',
  reference: 'ML§4.2, ML§9',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const code = await t.phoneCode();
    const answer = await phoneNumber(t, await miniProgramServerToken(t), { code });
    const body = answer.body ?? {};
    assert.deepEqual(Object.keys(body), ['errcode', 'errmsg', 'phone_info']);
    assert.equal(body.errcode, 0);
    assert.equal(body.errmsg, 'ok');
    const info = body.phone_info as Record<string, unknown>;
    assert.deepEqual(Object.keys(info), ['phoneNumber', 'purePhoneNumber', 'countryCode', 'watermark']);
    assert.equal(info.countryCode, '86');
    assert.equal(info.phoneNumber, info.purePhoneNumber);
    const watermark = info.watermark as Record<string, unknown>;
    assert.deepEqual(Object.keys(watermark), ['timestamp', 'appid']);
    assert.equal(watermark.appid, t.miniProgram.appid);
    assert.ok(Number.isInteger(watermark.timestamp));
  },
} satisfies Scenario;
