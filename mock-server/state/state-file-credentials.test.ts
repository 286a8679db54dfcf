import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppCredentials, startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';
import { sessionKeySignature } from '../wechat/session-key-signature.js';

// The server credential in the state file (docs/decisions/0022, docs/decisions/0032): server tokens with their
// overlap and forced refreshes, phone codes and mini-programs' session keys survive a restart as logins do.
let dir: string;
let file: string;
const started: TestMock[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wechat-mock-credentials-'));
  file = join(dir, 'state.json');
});

afterEach(async () => {
  for (const mock of started.splice(0)) await mock.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<TestMock> {
  const mock = await startTestMock({ config: { stateFile: file } });
  started.push(mock);
  return mock;
}

/** Closes the mock (a clean shutdown saves) and starts another on the same file. */
async function restart(mock: TestMock): Promise<TestMock> {
  started.splice(started.indexOf(mock), 1);
  await mock.close();
  return start();
}

const miniProgram = async (mock: TestMock): Promise<AppCredentials> => {
  const app = await mock.apps.create({ kind: 'mini-program', name: 'Kept mini-program' });
  return { appid: app.appid, secret: app.secret };
};

const credential = (app: AppCredentials) => ({ grant_type: 'client_credential', ...app });

const token = async (mock: TestMock, app: AppCredentials): Promise<string> =>
  String((await mock.get(withQuery('/cgi-bin/token', credential(app)))).json.access_token);

const stable = async (mock: TestMock, app: AppCredentials, forceRefresh: boolean) =>
  (await mock.post('/cgi-bin/stable_token', { ...credential(app), force_refresh: forceRefresh })).json;

/** 'valid', or the errcode checksession answers for the token (it checks the token first; 41009 is past it). */
const judge = async (mock: TestMock, accessToken: string): Promise<'valid' | number> => {
  const { json } = await mock.get(withQuery('/wxa/checksession', { access_token: accessToken }));
  return json.errcode === 41009 ? 'valid' : (json.errcode as number);
};

const phoneNumber = (mock: TestMock, accessToken: string, code: string) =>
  mock.post(withQuery('/wxa/business/getuserphonenumber', { access_token: accessToken }), { code });

describe('--state-file: the server credential across a restart', () => {
  it('keeps the current /cgi-bin/token and the one it replaced, still in its 5 minutes of grace', async () => {
    const before = await start();
    await before.clock.freeze();
    const app = await miniProgram(before);
    const replaced = await token(before, app);
    const current = await token(before, app);
    const after = await restart(before);
    expect(await judge(after, current)).toBe('valid');
    expect(await judge(after, replaced)).toBe('valid');
    await after.clock.advance(300);
    expect(await judge(after, replaced)).toBe(40001);
    expect(await judge(after, current)).toBe('valid');
  });

  it('answers the same stable token after the restart, and keeps counting its forced refreshes 30 s apart', async () => {
    const before = await start();
    await before.clock.freeze();
    const app = await miniProgram(before);
    const forced = await stable(before, app, true);
    const after = await restart(before);
    // Within 30 s of the last forced refresh, a forced refresh answers the current token (docs/decisions/0028).
    expect(await stable(after, app, true)).toEqual(forced);
    expect(await stable(after, app, false)).toEqual(forced);
  });

  it('redeems after the restart a phone code minted before it, once', async () => {
    const before = await start();
    const app = await miniProgram(before);
    const { code } = await before.codes.mint({ app: app.appid, persona: 'lisi', kind: 'phone' });
    const after = await restart(before);
    const accessToken = String((await stable(after, app, false)).access_token);
    expect((await phoneNumber(after, accessToken, code)).json).toMatchObject({
      errcode: 0,
      phone_info: { purePhoneNumber: '13900139000' },
    });
    expect((await phoneNumber(after, accessToken, code)).json).toMatchObject({ errcode: 40029 });
  });

  it('keeps a mini-program user’s session_key: checksession signed with it answers 0 after the restart', async () => {
    const before = await start();
    const app = await miniProgram(before);
    const { code } = await before.codes.mint({ app: app.appid, persona: 'wangwu' });
    const login = { appid: app.appid, secret: app.secret, js_code: code, grant_type: 'authorization_code' };
    const session = (await before.get(withQuery('/sns/jscode2session', login))).json;
    const after = await restart(before);
    const accessToken = String((await stable(after, app, false)).access_token);
    const check = {
      access_token: accessToken,
      openid: String(session.openid),
      signature: sessionKeySignature(String(session.session_key)),
      sig_method: 'hmac_sha256',
    };
    expect((await after.get(withQuery('/wxa/checksession', check))).json).toMatchObject({ errcode: 0 });
  });

  it('reads a file written before server tokens, phone codes and session keys were kept: the mock starts with none', async () => {
    const before = await start();
    const tokens = await before.signIn();
    started.splice(started.indexOf(before), 1);
    await before.close();
    const { serverTokens, phoneCodes, sessionKeys, ...older } = JSON.parse(await readFile(file, 'utf8'));
    expect([serverTokens, phoneCodes, sessionKeys]).toEqual([[], [], []]);
    await writeFile(file, JSON.stringify(older));
    const after = await start();
    const query = { access_token: tokens.access_token, openid: tokens.openid };
    expect((await after.get(withQuery('/sns/userinfo', query))).json).toMatchObject({ openid: tokens.openid });
  });

  it('refuses a phone code of an app the file does not know, naming where it is', async () => {
    const before = await start();
    const app = await miniProgram(before);
    await before.codes.mint({ app: app.appid, persona: 'lisi', kind: 'phone' });
    started.splice(started.indexOf(before), 1);
    await before.close();
    const document = JSON.parse(await readFile(file, 'utf8'));
    document.phoneCodes[0].appid = 'wx0000000000000000';
    await writeFile(file, JSON.stringify(document));
    await expect(start()).rejects.toThrow(/phoneCodes\[0\]\.appid/);
  });
});
