import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { OFFICIAL, startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';
import { sessionKeySignature } from './session-key-signature.js';

let mock: TestMock;
let mini: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Session-key mini-program' });
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
const signIn = async (persona = 'zhangsan') => {
  const { code } = await mock.codes.mint({ app: mini, persona });
  const query = { appid: mini.appid, secret: mini.secret, js_code: code, grant_type: 'authorization_code' };
  const body = (await mock.get(withQuery('/sns/jscode2session', query))).json;
  return { openid: String(body.openid), sessionKey: String(body.session_key) };
};
const check = async (token: string, openid: string, sessionKey: string, extra: Record<string, string> = {}) =>
  (
    await mock.get(
      withQuery('/wxa/checksession', {
        access_token: token,
        openid,
        signature: sessionKeySignature(sessionKey),
        sig_method: 'hmac_sha256',
        ...extra,
      }),
    )
  ).json.errcode;

// What WeChat answers on the session_key checks is in the catalogue (checksession.*, resetsessionkey.*). These
// keep the mock's choices where nothing was captured, and what the kit cannot express.
describe('the session_key checks beyond the catalogue (ML§2.2, ML§2.3)', () => {
  it('answers 87009 to the old key once a new login rotated it (fidelity.sessionKeyRotationSeconds 0, ML§2.1)', async () => {
    const first = await signIn();
    const token = await serverToken(mini);
    expect(await check(token, first.openid, first.sessionKey)).toBe(0);
    const second = await signIn();
    expect(await check(token, first.openid, first.sessionKey)).toBe(87009);
    expect(await check(token, second.openid, second.sessionKey)).toBe(0);
  });

  it('answers 87009 for a user of the mini-program who never signed in (no session_key at all)', async () => {
    const { openid } = await signIn('lisi');
    const token = await serverToken(mini);
    const { identities } = (await mock.get('/__mock/personas/wangwu/identities')).json as {
      identities: { appid: string; openid: string }[];
    };
    const wangwu = identities.find((i) => i.appid === mini.appid)?.openid ?? '';
    expect(await check(token, wangwu, 'AAAAAAAAAAAAAAAAAAAAAA==')).toBe(87009);
    expect(openid).not.toBe(wangwu);
  });

  it('answers 40003 to an openid of no user of this mini-program, 41009 without one (inferred)', async () => {
    const token = await serverToken(mini);
    expect(await check(token, 'oAAAAA0000000000000000000000', 'AAAAAAAAAAAAAAAAAAAAAA==')).toBe(40003);
    const answer = await mock.get(withQuery('/wxa/checksession', { access_token: token, sig_method: 'hmac_sha256' }));
    expect(answer.json.errcode).toBe(41009);
  });

  it('answers 48001 to an official account’s server token and 41001 without one (inferred, ADR 0028)', async () => {
    const { openid, sessionKey } = await signIn();
    expect(await check(await serverToken(OFFICIAL), openid, sessionKey)).toBe(48001);
    expect(await check('', openid, sessionKey)).toBe(41001);
  });

  it('reads the parameters from a JSON body too, the newer doc’s "payload" (ML§2.2)', async () => {
    const { openid, sessionKey } = await signIn();
    const token = await serverToken(mini);
    const body = { openid, signature: sessionKeySignature(sessionKey), sig_method: 'hmac_sha256' };
    const answer = await mock.post(withQuery('/wxa/checksession', { access_token: token }), body);
    expect(answer.text).toBe('{"errcode":0,"errmsg":"ok"}');
  });

  it('journals a checksession call under the persona whose openid it names', async () => {
    const { openid, sessionKey } = await signIn('lisi');
    const token = await serverToken(mini);
    const after = await mock.journal.lastId();
    await check(token, openid, sessionKey);
    const [entry] = await mock.journal.find({ after, appid: mini.appid });
    expect(entry).toMatchObject({ path: '/wxa/checksession', persona: 'lisi', errcode: null });
  });
});
