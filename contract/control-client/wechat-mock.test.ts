import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StartedMock, startMockServer } from '../../mock-server/start-mock-server.js';
import { connectMock } from './connect-mock.js';
import { MockControlError } from './mock-control-error.js';
import type { WeChatMock } from './wechat-mock.js';

const WEBSITE = { appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' } as const;
const OFFICIAL = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' } as const;

let started: StartedMock;
/** The same mock through a second client, as a test elsewhere would reach it. */
let remote: WeChatMock;
beforeAll(async () => {
  started = await startMockServer();
  remote = connectMock(started.url);
});
afterAll(() => started.close());
afterEach(() => started.reset());

async function exchange(code: string, app: { appid: string; secret: string } = WEBSITE) {
  const query = new URLSearchParams({ ...app, code, grant_type: 'authorization_code' });
  return (await (await fetch(`${started.url}/sns/oauth2/access_token?${query}`)).json()) as Record<string, unknown>;
}

/** What a call rejected with, asserted to be a MockControlError. */
async function refusal(pending: Promise<unknown>): Promise<MockControlError> {
  const error = await pending.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MockControlError);
  return error as MockControlError;
}

describe('a WeChatMock from startMockServer and from connectMock', () => {
  it('registers, reads, lists, edits and deletes apps, personas and accounts, each call typed from the contract', async () => {
    const account = await started.accounts.create({ id: 'acme' });
    const app = await started.apps.create({
      kind: 'website',
      name: 'Acme',
      account: account.id,
      callbackDomains: ['acme.test'],
    });
    const persona = await started.personas.create({ key: 'carol', nickname: '小卡' });
    expect(await remote.apps.get(app)).toEqual(app);
    expect((await remote.accounts.get('acme')).apps).toEqual([app.appid]);
    expect(await remote.personas.get('carol')).toEqual(persona);
    expect((await remote.apps.list()).map((a) => a.appid)).toContain(app.appid);
    expect((await remote.personas.list()).map((p) => p.key)).toContain('carol');
    const edited = await remote.apps.update(app, {
      kind: 'website',
      name: 'Acme Shop',
      account: account.id,
      callbackDomains: ['acme.test'],
      lifetimes: { accessTokenSeconds: 600 },
    });
    expect(edited).toEqual({ ...app, name: 'Acme Shop', lifetimes: { accessTokenSeconds: 600 } });
    await remote.apps.delete(app);
    await remote.accounts.delete('acme');
    await remote.personas.delete(persona);
    expect((await refusal(started.apps.get(app.appid))).code).toBe('unknown_app');
    expect((await refusal(started.personas.get('carol'))).code).toBe('unknown_persona');
    expect((await started.accounts.list()).map((a) => a.id)).not.toContain('acme');
  });

  it('throws a MockControlError with the code, message, status and every issue of a rejected body', async () => {
    const error = await refusal(
      started.apps.create({ kind: 'website', name: '', callbackDomains: ['https://shop.example.com'] }),
    );
    expect(error).toMatchObject({ code: 'bad_request', status: 400, name: 'MockControlError' });
    expect(error.issues.map((issue) => issue.path)).toEqual(['name', 'callbackDomains[0]']);
  });

  it('mints a code of the default scope for each kind of app, and refuses a scope the app may not use', async () => {
    expect(await started.codes.mint({ app: WEBSITE.appid, persona: 'lisi' })).toMatchObject({
      appid: WEBSITE.appid,
      persona: 'lisi',
      scope: 'snsapi_login',
    });
    const minted = await started.codes.mint({ app: OFFICIAL, persona: { key: 'lisi' } });
    expect(minted.scope).toBe('snsapi_userinfo');
    expect(await exchange(minted.code, OFFICIAL)).toHaveProperty('access_token');
    const error = await refusal(started.codes.mint({ app: WEBSITE.appid, persona: 'lisi', scope: 'snsapi_base' }));
    expect(error).toMatchObject({ code: 'bad_scope', status: 400 });
  });

  it('logs a persona in to a website app through the QR page and its approve link, journalled like a person', async () => {
    const login = await remote.login({ app: WEBSITE.appid, persona: 'lisi', state: 'st-1' });
    expect(login.code).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(login.state).toBe('st-1');
    expect(login.callbackUrl).toBe(`http://localhost/callback?code=${login.code}&state=st-1`);
    const pages = await started.journal.find({ appid: WEBSITE.appid });
    expect(pages.map((entry) => [entry.path, entry.persona])).toEqual([
      ['/connect/qrconnect', null],
      ['/connect/confirm/allow', 'lisi'],
    ]);
    expect(await exchange(login.code)).toMatchObject({ scope: 'snsapi_login' });
  });

  it('logs in to an official account through oauth2/authorize: the consent page for snsapi_userinfo, at once for snsapi_base', async () => {
    const userinfo = await started.login({ app: OFFICIAL, persona: 'wangwu' });
    expect(await exchange(userinfo.code, OFFICIAL)).toMatchObject({ scope: 'snsapi_userinfo' });
    const base = await started.login({
      app: OFFICIAL,
      persona: 'wangwu',
      scope: 'snsapi_base',
      redirectUri: 'http://127.0.0.1:8080/wx?from=test',
    });
    expect(base.callbackUrl).toMatch(/^http:\/\/127\.0\.0\.1:8080\/wx\?from=test&code=[A-Za-z0-9]{32}&state=/);
    expect(await exchange(base.code, OFFICIAL)).toMatchObject({ scope: 'snsapi_base' });
    const pages = await started.journal.find({ appid: OFFICIAL.appid });
    expect(pages.map((entry) => [entry.path, entry.persona])).toEqual([
      ['/connect/oauth2/authorize', null],
      ['/connect/confirm/allow', 'wangwu'],
      ['/sns/oauth2/access_token', 'wangwu'],
      ['/connect/oauth2/authorize', 'wangwu'],
      ['/sns/oauth2/access_token', 'wangwu'],
    ]);
  });

  it("logs in as WeChat's own browser, so a mock that demands it (fidelity.requireWeChatBrowser) lets the login through", async () => {
    const strict = await startMockServer({ config: { fidelity: { requireWeChatBrowser: true } } });
    try {
      const { code } = await strict.login({ app: OFFICIAL.appid, persona: 'lisi' });
      expect(code).toMatch(/^[A-Za-z0-9]{32}$/);
    } finally {
      await strict.close();
    }
  });

  it('refuses a login the pages refuse, an unknown persona and an unknown app, with their codes', async () => {
    const elsewhere = await refusal(
      started.login({ app: WEBSITE.appid, persona: 'lisi', redirectUri: 'https://evil.example/cb' }),
    );
    expect(elsewhere.code).toBe('bad_request');
    expect(elsewhere.message).toContain('redirect_uri');
    expect((await refusal(started.login({ app: WEBSITE.appid, persona: 'nobody' }))).code).toBe('unknown_persona');
    expect((await refusal(started.login({ app: 'wx0000000000000000', persona: 'lisi' }))).code).toBe('unknown_app');
  });

  it('refuses a login through the pages for a mini-program, pointing at codes.mint() (ML§1)', async () => {
    const mini = await started.apps.create({ kind: 'mini-program', name: 'No pages' });
    try {
      const refused = await refusal(started.login({ app: mini, persona: 'lisi' }));
      expect(refused.code).toBe('bad_request');
      expect(refused.message).toContain('codes.mint()');
    } finally {
      await started.apps.delete(mini);
    }
  });

  it('adds, lists, removes and clears faults, one app at a time when asked', async () => {
    const exchangeFault = await started.faults.add({
      match: { endpoint: '/sns/oauth2/access_token', appid: WEBSITE.appid },
      effect: { type: 'errcode', errcode: -1 },
    });
    const other = await started.faults.add({ match: { appid: OFFICIAL.appid }, effect: { type: 'drop-connection' } });
    expect(await remote.faults.get(exchangeFault.id)).toMatchObject({ times: 1, remaining: 1 });
    expect((await remote.faults.list({ appid: WEBSITE.appid })).map((f) => f.id)).toEqual([exchangeFault.id]);
    await remote.faults.clear({ appid: WEBSITE.appid });
    expect((await started.faults.list()).map((f) => f.id)).toEqual([other.id]);
    await remote.faults.remove(other);
    expect(await started.faults.list()).toEqual([]);
    expect((await refusal(started.faults.remove(other.id))).code).toBe('unknown_fault');
    await started.faults.add({ effect: { type: 'errcode', errcode: -1 } });
    await started.faults.clear();
    expect(await started.faults.list()).toEqual([]);
  });

  it('waits for a journal entry that matches a filter, or a predicate, until one arrives', async () => {
    const after = await started.journal.lastId();
    const waiting = remote.journal.waitFor({ endpoint: '/sns/userinfo' }, { after, timeoutMs: 10_000 });
    const predicate = remote.journal.waitFor((entry) => entry.errcode === 41001, { after, timeoutMs: 10_000 });
    await fetch(`${started.url}/sns/auth`);
    await fetch(`${started.url}/sns/userinfo`);
    expect(await waiting).toMatchObject({ path: '/sns/userinfo', errcode: 41001 });
    expect(await predicate).toMatchObject({ path: '/sns/auth', errcode: 41001 });
    // Without `after`, an entry already there is found at once.
    expect(await remote.journal.waitFor({ endpoint: '/sns/auth' })).toMatchObject({ path: '/sns/auth' });
  });

  it('gives up waiting with a MockControlError of code timeout', async () => {
    const error = await refusal(started.journal.waitFor({ endpoint: '/sns/userinfo' }, { timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('300 ms');
  });

  it('finds and clears journal entries, one app at a time when asked', async () => {
    await started.login({ app: WEBSITE.appid, persona: 'lisi' });
    await started.login({ app: OFFICIAL.appid, persona: 'lisi' });
    await remote.journal.clear({ appid: WEBSITE.appid });
    expect(await started.journal.find({ appid: WEBSITE.appid })).toEqual([]);
    expect(await started.journal.find({ appid: OFFICIAL.appid })).toHaveLength(2);
    expect(await started.journal.find({ appid: OFFICIAL.appid, limit: 1 })).toHaveLength(1);
  });

  it('reads, moves, sets, freezes and unfreezes the clock', async () => {
    const frozen = await remote.clock.freeze();
    expect(frozen.frozen).toBe(true);
    expect((await remote.clock.advance(60)).epochMs).toBe(frozen.epochMs + 60_000);
    expect((await remote.clock.set(new Date('2030-01-01T00:00:00Z'))).now).toBe('2030-01-01T00:00:00.000Z');
    expect((await remote.clock.set('2031-01-01T08:00:00+08:00')).now).toBe('2031-01-01T00:00:00.000Z');
    expect((await remote.clock.set(1_900_000_000_000)).epochMs).toBe(1_900_000_000_000);
    expect((await remote.clock.now()).frozen).toBe(true);
    expect((await remote.clock.unfreeze()).frozen).toBe(false);
    expect((await refusal(remote.clock.set('yesterday'))).code).toBe('bad_request');
  });

  it('expires and revokes tokens', async () => {
    const tokens = await exchange((await started.codes.mint({ app: WEBSITE.appid, persona: 'lisi' })).code);
    const accessToken = tokens.access_token as string;
    expect(await remote.tokens.expire(accessToken)).toMatchObject({ kind: 'access_token', persona: 'lisi' });
    expect(await remote.tokens.revoke(accessToken)).toEqual({ revoked: true, appid: WEBSITE.appid, persona: 'lisi' });
    expect((await refusal(remote.tokens.revoke(accessToken))).code).toBe('unknown_token');
  });

  it("resets one app's state, or everything", async () => {
    await started.faults.add({ match: { appid: WEBSITE.appid }, effect: { type: 'errcode', errcode: -1 } });
    await started.faults.add({ match: { appid: OFFICIAL.appid }, effect: { type: 'errcode', errcode: -1 } });
    expect(await remote.reset({ appid: { appid: WEBSITE.appid } })).toEqual({ status: 'reset', appid: WEBSITE.appid });
    expect((await started.faults.list()).map((f) => f.match.appid)).toEqual([OFFICIAL.appid]);
    expect(await remote.reset()).toEqual({ status: 'reset' });
    expect(await started.faults.list()).toEqual([]);
  });
});

describe('closing', () => {
  it('stops a started mock; closing a connected one stops nothing', async () => {
    const own = await startMockServer();
    await connectMock(own.url).close();
    expect((await own.apps.list()).length).toBeGreaterThan(0);
    await own.close();
    await expect(fetch(`${own.url}/__mock/health`)).rejects.toThrow();
  });
});

describe('an answer that is not the control plane’s', () => {
  it('becomes a MockControlError with the HTTP status, naming the URL', async () => {
    const gateway = createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>502 Bad Gateway</h1>');
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
      const error = await refusal(connectMock(url).clock.now());
      expect(error).toMatchObject({ code: 'internal', status: 502 });
      expect(error.message).toContain(`${url}/__mock/clock`);
      expect(error.message).toContain('502 Bad Gateway');
    } finally {
      await new Promise((resolve) => gateway.close(resolve));
    }
  });
});
