import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('control plane', () => {
  it('GET /__mock/health answers 200 with the signature {"status":"ok","service":"wechat-oauth-mock"}', async () => {
    const answer = await mock.get('/__mock/health');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: 'ok', service: 'wechat-oauth-mock' });
  });

  it('GET /__mock/apps lists the apps with their secrets and callback domains', async () => {
    const { json } = await mock.get('/__mock/apps');
    expect(json.apps).toEqual(
      expect.arrayContaining([
        {
          appid: WEBSITE.appid,
          secret: WEBSITE.secret,
          kind: 'website',
          name: '演示网站 Demo Website',
          account: 'demo-open-platform',
          callbackDomains: ['localhost', '127.0.0.1'],
          rateLimitPerMinute: 50_000,
          lifetimes: {},
        },
        expect.objectContaining({ appid: OFFICIAL.appid, kind: 'official-account' }),
      ]),
    );
  });

  it('GET /__mock/personas lists the personas', async () => {
    const { json } = await mock.get('/__mock/personas');
    const personas = json.personas as Array<Record<string, unknown>>;
    expect(personas.map((p) => p.key)).toEqual(['zhangsan', 'lisi', 'wangwu', 'xiaoming']);
    expect(personas[3]).toMatchObject({ profile: 'legacy', region: { en: { city: 'Linfen' } } });
  });

  it("POST /__mock/codes mints a code as if the persona had approved, with the app kind's default scope", async () => {
    const answer = await mock.post('/__mock/codes', { appid: OFFICIAL.appid, persona: 'lisi' });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ appid: OFFICIAL.appid, persona: 'lisi', scope: 'snsapi_userinfo' });
    expect(answer.json.code).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(Date.parse(answer.json.expiresAt as string) - (await mock.clock.now()).epochMs).toBeCloseTo(300_000, -3);
  });

  it('POST /__mock/codes explains bad requests with JSON errors', async () => {
    expect(await mock.post('/__mock/codes', { persona: 'lisi' })).toMatchObject({
      status: 400,
      json: { error: 'bad_request', message: '"appid" must be a non-empty string.' },
    });
    expect(await mock.post('/__mock/codes', { appid: 'wx0000000000000000', persona: 'lisi' })).toMatchObject({
      status: 404,
      json: { error: 'unknown_app' },
    });
    expect(await mock.post('/__mock/codes', { appid: WEBSITE.appid, persona: 'nobody' })).toMatchObject({
      status: 404,
      json: { error: 'unknown_persona' },
    });
    expect(
      await mock.post('/__mock/codes', { appid: WEBSITE.appid, persona: 'lisi', scope: 'snsapi_base' }),
    ).toMatchObject({
      status: 400,
      json: { error: 'bad_scope', message: 'A website app takes scope snsapi_login, not "snsapi_base".' },
    });
    const malformed = await mock.get('/__mock/codes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"appid":',
    });
    expect(malformed).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    expect(malformed.json.message).toMatch(/^The body is not valid JSON/);
    expect(await mock.post('/__mock/codes', [1])).toMatchObject({
      status: 400,
      json: { message: 'The body must be a JSON object.' },
    });
  });

  it("GET /__mock/clock and POST /__mock/clock/advance move the mock's time and answer it", async () => {
    const before = (await mock.get('/__mock/clock')).json;
    const after = await mock.post('/__mock/clock/advance', { seconds: 3600 });
    expect(after.status).toBe(200);
    expect((after.json.epochMs as number) - (before.epochMs as number)).toBeGreaterThanOrEqual(3_600_000);
    expect((after.json.offsetMs as number) - (before.offsetMs as number)).toBe(3_600_000);
    expect(new Date(after.json.now as string).getTime()).toBe(after.json.epochMs);
  });

  it('POST /__mock/clock/advance rejects negative, missing or non-numeric seconds', async () => {
    for (const body of [{ seconds: -1 }, {}, { seconds: '10' }]) {
      expect(await mock.post('/__mock/clock/advance', body)).toMatchObject({
        status: 400,
        json: { error: 'bad_request' },
      });
    }
  });

  it('POST /__mock/reset restores the seeded state: tokens and codes gone, clock back on real time', async () => {
    const code = await mock.mintCode();
    const { json } = await mock.exchange(await mock.mintCode());
    await mock.post('/__mock/clock/advance', { seconds: 100 });
    expect((await mock.post('/__mock/reset')).json).toEqual({ status: 'reset' });
    expect((await mock.get('/__mock/clock')).json.offsetMs).toBe(0);
    expect((await mock.exchange(code)).json.errcode).toBe(40029);
    const info = await mock.get(
      withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: json.openid as string }),
    );
    expect(info.json.errcode).toBe(40001);
    // The seeded apps and personas are still there and work.
    expect((await mock.exchange(await mock.mintCode())).json).toHaveProperty('access_token');
  });

  it('answers an unknown control path with a JSON 404', async () => {
    expect(await mock.get('/__mock/nothing-here')).toMatchObject({ status: 404, json: { error: 'not_found' } });
  });
});
