import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
afterEach(() => mock.reset());

const addFault = async (fault: unknown) => {
  const answer = await mock.get('/__mock/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  return answer;
};
const exchangeFault = (effect: unknown, extra: Record<string, unknown> = {}) =>
  addFault({ match: { endpoint: '/sns/oauth2/access_token', appid: WEBSITE.appid }, effect, ...extra });
const userinfo = (t: { access_token: string; openid: string }) =>
  mock.get(withQuery('/sns/userinfo', { access_token: t.access_token, openid: t.openid }));

describe('faults: scripted failures on the /sns endpoints', () => {
  it('answers any catalogue errcode with its exact errmsg and rid, once by default, then normally', async () => {
    expect((await exchangeFault({ type: 'errcode', errcode: 45011 })).status).toBe(201);
    const code = await mock.mintCode();
    const failed = await mock.exchange(code);
    expect(failed.status).toBe(200);
    expect(failed.json.errcode).toBe(45011);
    expect(failed.json.errmsg).toMatch(
      /^api minute-quota reach limit, must slower, retry next minute, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/,
    );
    // 45011 did not burn the code: the retry succeeds.
    expect((await mock.exchange(code)).json).toHaveProperty('access_token');
  });

  it('a -1 system error still burns the code being exchanged, so the retry gets 40163 (reference §3.3)', async () => {
    await exchangeFault({ type: 'errcode', errcode: -1 });
    const code = await mock.mintCode();
    const failed = await mock.exchange(code);
    expect(failed.json).toMatchObject({ errcode: -1 });
    expect(failed.json.errmsg).toMatch(/^system error, rid: /);
    expect((await mock.exchange(code)).json.errcode).toBe(40163);
  });

  it('takes a custom errmsg, still suffixed with a rid', async () => {
    await addFault({
      match: { endpoint: '/sns/userinfo' },
      effect: {
        type: 'errcode',
        errcode: 40001,
        errmsg: 'invalid credential, access_token is invalid or not latest hint: [x]',
      },
    });
    const answer = await userinfo(await mock.signIn());
    expect(answer.json.errmsg).toMatch(/^invalid credential, access_token is invalid or not latest hint: \[x\], rid: /);
  });

  it('fires n times, then stops', async () => {
    await exchangeFault({ type: 'errcode', errcode: 45011 }, { times: 2 });
    const codes = [await mock.mintCode(), await mock.mintCode(), await mock.mintCode()];
    const answers = [];
    for (const code of codes) answers.push((await mock.exchange(code)).json.errcode);
    expect(answers).toEqual([45011, 45011, undefined]);
  });

  it('fires always when times is "always", and stops when the fault is deleted', async () => {
    const { json } = await exchangeFault({ type: 'errcode', errcode: 45009 }, { times: 'always' });
    for (let i = 0; i < 3; i++) expect((await mock.exchange(await mock.mintCode())).json.errcode).toBe(45009);
    expect((await mock.get(`/__mock/faults/${json.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await mock.exchange(await mock.mintCode())).json).toHaveProperty('access_token');
  });

  it("DELETE /__mock/faults?appid= removes that app's faults only; DELETE /__mock/faults removes the rest", async () => {
    await exchangeFault({ type: 'errcode', errcode: 45009 }, { times: 'always' });
    await addFault({ match: { endpoint: '/sns/auth' }, effect: { type: 'errcode', errcode: -1 }, times: 'always' });
    expect((await mock.get(withQuery('/__mock/faults', { appid: WEBSITE.appid }), { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await mock.exchange(await mock.mintCode())).json).toHaveProperty('access_token');
    expect((await mock.get('/sns/auth')).json.errcode).toBe(-1);
    expect((await mock.get('/__mock/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await mock.get('/sns/auth')).json.errcode).toBe(41001);
    expect((await mock.get('/__mock/faults')).json).toEqual({ faults: [] });
  });

  it('starts firing at the nth matching call', async () => {
    const tokens = await mock.signIn();
    await addFault({ match: { endpoint: '/sns/userinfo', nth: 3 }, effect: { type: 'errcode', errcode: -1 } });
    const errcodes = [];
    for (let i = 0; i < 4; i++) errcodes.push((await userinfo(tokens)).json.errcode);
    expect(errcodes).toEqual([undefined, undefined, -1, undefined]);
  });

  it('matches on the persona behind the code or token', async () => {
    const lisi = await mock.signIn({ persona: 'lisi' });
    const zhangsan = await mock.signIn();
    await addFault({ match: { persona: 'lisi' }, effect: { type: 'errcode', errcode: 48001 }, times: 'always' });
    expect((await userinfo(lisi)).json.errcode).toBe(48001);
    expect((await userinfo(zhangsan)).json).toHaveProperty('nickname');
    expect((await mock.exchange(await mock.mintCode(WEBSITE.appid, 'lisi'))).json.errcode).toBe(48001);
  });

  it('fires with a seeded probability: the same seed fires on the same calls in every run', async () => {
    const pattern = async () => {
      await mock.reset();
      await addFault({
        match: { endpoint: '/sns/auth' },
        effect: { type: 'errcode', errcode: -1 },
        times: 'always',
        probability: 0.5,
        seed: 'run-1',
      });
      const fired: boolean[] = [];
      for (let i = 0; i < 24; i++) fired.push((await mock.get('/sns/auth')).json.errcode === -1);
      return fired;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(4);
    expect(first.filter(Boolean).length).toBeLessThan(20);
  });

  it('answers another HTTP status with a gateway page', async () => {
    await exchangeFault({ type: 'http-status', status: 502 });
    const answer = await mock.exchange(await mock.mintCode());
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('text/html');
    expect(answer.text).toContain('<title>502 Bad Gateway</title>');
  });

  it('delays the answer, then answers normally', async () => {
    await exchangeFault({ type: 'delay', ms: 300 });
    const started = performance.now();
    const answer = await mock.exchange(await mock.mintCode());
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(answer.json).toHaveProperty('access_token');
  });

  it('drops the connection without an answer', async () => {
    await exchangeFault({ type: 'drop-connection' });
    await expect(mock.exchange(await mock.mintCode())).rejects.toThrow(/fetch failed/);
  });

  it('cuts the body short with a Content-Length that matches: valid HTTP, invalid JSON', async () => {
    await exchangeFault({ type: 'truncated-body', bytes: 20 });
    const answer = await mock.exchange(await mock.mintCode());
    expect(answer.status).toBe(200);
    expect(answer.text).toHaveLength(20);
    expect(answer.text).toBe('{"access_token":"86_');
    expect(answer.headers.get('content-length')).toBe('20');
  });

  it('answers a body that is not JSON, by default the empty text/html; charset=gbk WeChat once sent (reference §9)', async () => {
    await exchangeFault({ type: 'non-json-body' });
    const answer = await mock.exchange(await mock.mintCode());
    expect(answer).toMatchObject({ status: 200, text: '' });
    expect(answer.headers.get('content-type')).toBe('text/html; charset=gbk');
  });

  it('answers normally with another Content-Type', async () => {
    await exchangeFault({ type: 'content-type', contentType: 'application/json; encoding=utf-8' });
    const answer = await mock.exchange(await mock.mintCode());
    expect(answer.headers.get('content-type')).toBe('application/json; encoding=utf-8');
    expect(answer.json).toHaveProperty('access_token');
  });

  it('only touches the app it is scoped to', async () => {
    await exchangeFault({ type: 'errcode', errcode: -1 }, { times: 'always' });
    const official = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' };
    const code = await mock.mintCode(official.appid, 'lisi', 'snsapi_base');
    expect((await mock.exchange(code, official)).json).toHaveProperty('access_token');
  });

  it('lists faults with their counts, filtered by appid, and reads one by id', async () => {
    const { json: created } = await exchangeFault({ type: 'errcode', errcode: 40029 });
    await addFault({ match: { endpoint: '/sns/auth' }, effect: { type: 'drop-connection' } });
    await mock.exchange(await mock.mintCode());
    const listed = await mock.get(`/__mock/faults?appid=${WEBSITE.appid}`);
    expect(listed.json.faults).toEqual([
      expect.objectContaining({ id: created.id, matched: 1, fired: 1, remaining: 0, times: 1, probability: 1 }),
    ]);
    expect((await mock.get('/__mock/faults')).json.faults).toHaveLength(2);
    expect((await mock.get(`/__mock/faults/${created.id}`)).json).toMatchObject({
      effect: { type: 'errcode', errcode: 40029 },
    });
    expect(await mock.get('/__mock/faults/f999')).toMatchObject({ status: 404, json: { error: 'unknown_fault' } });
  });

  it('marks every fault that fires in the journal', async () => {
    const { json: fault } = await exchangeFault({ type: 'errcode', errcode: -1 });
    await mock.exchange(await mock.mintCode());
    const { json } = await mock.get(`/__mock/journal?endpoint=/sns/oauth2/access_token&appid=${WEBSITE.appid}`);
    const entries = json.entries as Array<Record<string, unknown>>;
    expect(entries.at(-1)).toMatchObject({ errcode: -1, fault: { id: fault.id, type: 'errcode' } });
  });

  it('rejects a bad fault with every problem listed, and faults on unknown apps or personas', async () => {
    const answer = await addFault({
      match: { endpoint: '/sns/nope', nth: 0 },
      effect: { type: 'errcode', errcode: 12345 },
      times: 0,
      probability: 2,
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('bad_request');
    expect((answer.json.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual([
      'effect.errcode',
      'match.endpoint',
      'match.nth',
      'probability',
      'times',
    ]);
    const unknown = await addFault({
      match: { appid: 'wx0000000000000000', persona: 'nobody' },
      effect: { type: 'drop-connection' },
    });
    expect((unknown.json.issues as Array<{ path: string }>).map((i) => i.path)).toEqual([
      'match.appid',
      'match.persona',
    ]);
    expect((await addFault({ match: {} })).json.issues).toEqual([
      { path: 'effect', message: expect.stringContaining('expected an effect') },
    ]);
  });
});

describe('http-status faults', () => {
  it.each([100, 101, 103, 199, 600])(
    'refuse status %i over the control plane: a 1xx is no final answer, clients would wait for one',
    async (status) => {
      const answer = await addFault({ effect: { type: 'http-status', status } });
      expect(answer.status).toBe(400);
      expect(answer.json.issues).toEqual([
        { path: 'effect.status', message: `expected a whole number from 200 to 599, got ${status}` },
      ]);
    },
  );

  it.each([200, 599])('take status %i, the edges of the range', async (status) => {
    const answer = await addFault({ effect: { type: 'http-status', status } });
    expect(answer.status).toBe(201);
    expect(answer.json.effect).toEqual({ type: 'http-status', status });
  });

  it('refuse status 101 in the config file, with the same message and the fault path', async () => {
    await expect(
      startTestMock({ config: { faults: [{ effect: { type: 'http-status', status: 101 } }] } }),
    ).rejects.toThrow('faults[0].effect.status: expected a whole number from 200 to 599, got 101');
  });
});

describe('faults from the config file', () => {
  it('seeds faults from the config, and reset brings them back', async () => {
    const configured = await startTestMock({
      config: { faults: [{ match: { endpoint: '/sns/auth' }, effect: { type: 'errcode', errcode: -1 } }] },
    });
    try {
      expect((await configured.get('/sns/auth')).json.errcode).toBe(-1);
      expect((await configured.get('/sns/auth')).json.errcode).toBe(41001);
      await configured.reset();
      expect((await configured.get('/sns/auth')).json.errcode).toBe(-1);
    } finally {
      await configured.close();
    }
  });

  it('refuses a config whose fault is malformed, with the fault path', async () => {
    await expect(startTestMock({ config: { faults: [{ effect: { type: 'delay' } }] } })).rejects.toThrow(
      /faults\[0\]\.effect\.ms: expected a whole number/,
    );
  });
});
