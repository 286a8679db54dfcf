import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { OFFICIAL, startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
let mini: AppView;
let other: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Phone mini-program' });
  other = await mock.apps.create({ kind: 'mini-program', name: 'Another mini-program' });
});
afterAll(() => mock.close());

const serverToken = async (app: { appid: string; secret: string }) =>
  String(
    (
      await mock.get(
        withQuery('/cgi-bin/token', { grant_type: 'client_credential', appid: app.appid, secret: app.secret }),
      )
    ).json.access_token,
  );
const phoneNumber = async (token: string, body: unknown) =>
  mock.post(withQuery('/wxa/business/getuserphonenumber', { access_token: token }), body);
const phoneCode = async (app: AppView, persona: string) =>
  (await mock.codes.mint({ app, persona, kind: 'phone' })).code;

// What WeChat answers on getuserphonenumber is in the catalogue (phonenumber.*). These keep what the kit cannot
// express (a second mini-program, the mock's personas and control plane) and the mock's own choices.
describe('the phone number beyond the catalogue (ML§4)', () => {
  it('mints 64 lower-case hex phone codes of kind phone through the control plane (ML§4.1)', async () => {
    const minted = await mock.codes.mint({ app: mini, persona: 'zhangsan', kind: 'phone' });
    expect(minted).toMatchObject({ kind: 'phone', appid: mini.appid, persona: 'zhangsan' });
    expect(minted.code).toMatch(/^[0-9a-f]{64}$/);
    expect(minted).not.toHaveProperty('scope');
  });

  it('answers 40013 to another mini-program’s phone code, which stays usable for its own (ML§4.2)', async () => {
    const code = await phoneCode(other, 'zhangsan');
    expect((await phoneNumber(await serverToken(mini), { code })).json.errcode).toBe(40013);
    expect((await phoneNumber(await serverToken(other), { code })).json.errcode).toBe(0);
  });

  it('answers 48001 to an official account’s server token: /wxa is a mini-program’s (inferred, ADR 0028)', async () => {
    const code = await phoneCode(mini, 'zhangsan');
    expect((await phoneNumber(await serverToken(OFFICIAL), { code })).json.errcode).toBe(48001);
  });

  it('gives the demo persona’s number, and a foreign number with its country code (ML§4.2, ML§10)', async () => {
    const token = await serverToken(mini);
    const mainland = await phoneNumber(token, { code: await phoneCode(mini, 'zhangsan') });
    expect(mainland.text).toMatch(
      /^\{"errcode":0,"errmsg":"ok","phone_info":\{"phoneNumber":"13800138000","purePhoneNumber":"13800138000","countryCode":"86","watermark":\{"timestamp":\d+,"appid":"wx[0-9a-f]{16}"\}\}\}$/,
    );
    const foreign = await phoneNumber(token, { code: await phoneCode(mini, 'xiaoming') });
    expect(foreign.json.phone_info).toMatchObject({
      phoneNumber: '+85261234567',
      purePhoneNumber: '61234567',
      countryCode: '852',
    });
  });

  it('stamps the watermark with the moment the code was minted, on the mock’s clock (ML§4.2)', async () => {
    const code = await phoneCode(mini, 'lisi');
    const minted = Math.floor((await mock.clock.now()).epochMs / 1000);
    await mock.advance(120);
    const info = (await phoneNumber(await serverToken(mini), { code })).json.phone_info as {
      watermark: { timestamp: number };
    };
    expect(Math.abs(info.watermark.timestamp - minted)).toBeLessThanOrEqual(1);
  });

  it('refuses a phone code for a persona without a number (409: the button gives none, ML§4.1), an app that is not a mini-program (400) and an unknown kind (400)', async () => {
    const post = (body: object) => mock.post('/__mock/codes', body);
    expect((await post({ appid: mini.appid, persona: 'wangwu', kind: 'phone' })).status).toBe(409);
    expect((await post({ appid: OFFICIAL.appid, persona: 'zhangsan', kind: 'phone' })).status).toBe(400);
    expect((await post({ appid: mini.appid, persona: 'zhangsan', kind: 'sms' })).status).toBe(400);
    expect((await post({ appid: mini.appid, persona: 'zhangsan', kind: 'phone', scope: 'snsapi_base' })).status).toBe(
      400,
    );
  });

  it('takes a persona’s number from the control plane and keeps it in the persona (ML§4)', async () => {
    const created = await mock.personas.create({
      key: 'with-phone',
      nickname: '有号',
      phone: { number: '13700137000' },
    });
    expect(created.phone).toEqual({ countryCode: '86', number: '13700137000' });
    const bad = await mock.post('/__mock/personas', { key: 'bad-phone', nickname: 'x', phone: { number: '12ab' } });
    expect(bad.status).toBe(400);
  });

  it('journals the call under the mini-program and the persona behind the phone code', async () => {
    const code = await phoneCode(mini, 'lisi');
    const after = await mock.journal.lastId();
    await phoneNumber(await serverToken(mini), { code });
    const entries = await mock.journal.find({ after, appid: mini.appid });
    expect(entries.find((e) => e.path === '/wxa/business/getuserphonenumber')).toMatchObject({
      persona: 'lisi',
      errcode: null,
    });
  });

  it('lets a fault target the phone endpoint, with the /cgi-bin suffix on its error', async () => {
    await mock.faults.add({
      match: { endpoint: '/wxa/business/getuserphonenumber', appid: mini.appid },
      effect: { type: 'errcode', errcode: -1 },
      times: 1,
    });
    const answer = await phoneNumber(await serverToken(mini), { code: await phoneCode(mini, 'lisi') });
    expect(answer.text).toMatch(/^\{"errcode":-1,"errmsg":"system error rid: [0-9a-f-]{26}"\}$/);
  });
});
