import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

const ACCOUNT = 'demo-open-platform';

let mock: TestMock;
let bound: AppView;
let unbound: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  bound = await mock.apps.create({ kind: 'mini-program', name: 'Bound mini-program', account: ACCOUNT });
  unbound = await mock.apps.create({ kind: 'mini-program', name: 'Unbound mini-program' });
});
afterAll(() => mock.close());

const wxLogin = async (app: AppView = bound, persona = 'zhangsan') => (await mock.codes.mint({ app, persona })).code;
const params = (jsCode: string, app: AppView = bound) => ({
  appid: app.appid,
  secret: app.secret,
  js_code: jsCode,
  grant_type: 'authorization_code',
});
const code2Session = (query: Record<string, string>, init?: RequestInit) =>
  mock.get(withQuery('/sns/jscode2session', query), init);
const errcodeOf = async (query: Record<string, string>) => (await code2Session(query)).json.errcode;

// What WeChat answers on jscode2session is specified in the catalogue (scenarios/catalogue/miniprogram-*.ts,
// ADR 0024). These tests keep what the kit cannot state: an unbound mini-program and a second mini-program
// (its target has one, bound), the mock's settings, two people in one app, faults and the journal.
describe('GET /sns/jscode2session beyond the catalogue (ML§1)', () => {
  it('leaves unionid out for a mini-program bound to no Open Platform account (ML§1.3; the kit has only a bound one)', async () => {
    const answer = await code2Session(params(await wxLogin(unbound), unbound));
    expect(Object.keys(answer.json)).toEqual(['session_key', 'openid']);
  });

  it('answers 40029 to another mini-program’s code, which stays usable (ML§1.4; the kit has one mini-program)', async () => {
    const code = await wxLogin(unbound);
    expect(await errcodeOf({ ...params(code), appid: bound.appid })).toBe(40029);
    expect((await code2Session(params(code, unbound))).json).toHaveProperty('openid');
  });

  it('gives two people of one mini-program different openids and unionids (the kit has one person)', async () => {
    const a = (await code2Session(params(await wxLogin(bound, 'zhangsan')))).json;
    const b = (await code2Session(params(await wxLogin(bound, 'lisi')))).json;
    expect(b.openid).not.toBe(a.openid);
    expect(b.unionid).not.toBe(a.unionid);
  });
});

describe('the session_key (ML§2.1)', () => {
  it('rotates on every exchange by default: a new code gives a new key', async () => {
    const first = (await code2Session(params(await wxLogin()))).json.session_key;
    const second = (await code2Session(params(await wxLogin()))).json.session_key;
    expect(second).not.toBe(first);
  });

  it('keeps the key for fidelity.sessionKeyRotationSeconds after a rotation, then rotates again', async () => {
    const slow = await startTestMock({ config: { fidelity: { sessionKeyRotationSeconds: 600 } } });
    try {
      const app = await slow.apps.create({ kind: 'mini-program', name: 'Slow rotation' });
      const exchange = async () => {
        const { code } = await slow.codes.mint({ app, persona: 'zhangsan' });
        return (await slow.get(withQuery('/sns/jscode2session', params(code, app)))).json.session_key;
      };
      const first = await exchange();
      await slow.advance(599);
      expect(await exchange()).toBe(first);
      await slow.advance(1);
      expect(await exchange()).not.toBe(first);
    } finally {
      await slow.close();
    }
  });

  it('is one per user: two personas of one mini-program hold different keys', async () => {
    const a = (await code2Session(params(await wxLogin(bound, 'zhangsan')))).json.session_key;
    const b = (await code2Session(params(await wxLogin(bound, 'lisi')))).json.session_key;
    expect(a).not.toBe(b);
  });
});

describe('jscode2session in the journal and under faults (ML§1, as the other /sns endpoints)', () => {
  it('journals the call with its app and the persona behind the code', async () => {
    const after = await mock.journal.lastId();
    await code2Session(params(await wxLogin(bound, 'wangwu')));
    const entry = await mock.journal.waitFor({ endpoint: '/sns/jscode2session', persona: 'wangwu' }, { after });
    expect(entry).toMatchObject({ method: 'GET', appid: bound.appid, persona: 'wangwu', status: 200, errcode: null });
    expect(entry.body).toContain('"session_key"');
  });

  it('answers a scripted 40226 code blocked for the targeted persona only (ML§1.5)', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/jscode2session', appid: bound.appid, persona: 'xiaoming' },
      effect: { type: 'errcode', errcode: 40226 },
    });
    expect((await code2Session(params(await wxLogin(bound, 'zhangsan')))).json).toHaveProperty('openid');
    const blocked = await code2Session(params(await wxLogin(bound, 'xiaoming')));
    expect(blocked.json).toMatchObject({ errcode: 40226 });
    expect(blocked.json.errmsg).toMatch(/^code blocked, rid: /);
  });

  it('burns the code on a scripted -1 system error, so the retry gets 40163 (§3.3, inferred for ML§1)', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/jscode2session' }, effect: { type: 'errcode', errcode: -1 } });
    const code = await wxLogin();
    expect(await errcodeOf(params(code))).toBe(-1);
    expect(await errcodeOf(params(code))).toBe(40163);
  });
});

describe('fidelity.reusedWxLoginCodeErrcode (ML§1.4)', () => {
  it('answers 40029 to a second use when set to 40029, as one report has it', async () => {
    const other = await startTestMock({ config: { fidelity: { reusedWxLoginCodeErrcode: 40029 } } });
    try {
      const app = await other.apps.create({ kind: 'mini-program', name: 'Reuse 40029' });
      const { code } = await other.codes.mint({ app, persona: 'zhangsan' });
      const exchange = () => other.get(withQuery('/sns/jscode2session', params(code, app)));
      expect((await exchange()).json).toHaveProperty('openid');
      expect((await exchange()).json.errcode).toBe(40029);
    } finally {
      await other.close();
    }
  });
});
