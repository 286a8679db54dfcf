import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

type Entry = Record<string, unknown> & { id: number; query: Record<string, string>; body: string | null };
const journal = async (query = '') => {
  const { status, json } = await mock.get(`/__mock/journal${query}`);
  expect(status).toBe(200);
  return json as { entries: Entry[]; lastId: number };
};

describe('the request journal', () => {
  it('records a code exchange with its answer, secret and tokens masked, code and appid kept', async () => {
    const code = await mock.mintCode(WEBSITE.appid, 'lisi');
    const { json: tokens } = await mock.exchange(code);
    const [entry] = (await journal()).entries;
    expect(entry).toMatchObject({
      method: 'GET',
      path: '/sns/oauth2/access_token',
      appid: WEBSITE.appid,
      persona: 'lisi',
      status: 200,
      errcode: null,
      location: null,
      fault: null,
      query: { appid: WEBSITE.appid, secret: '7d1e…', code, grant_type: 'authorization_code' },
    });
    const accessToken = tokens.access_token as string;
    expect(entry?.body).toContain(`"access_token":"${accessToken.slice(0, 8)}…${accessToken.slice(-4)}"`);
    expect(entry?.body).not.toContain(accessToken);
    expect(entry?.body).not.toContain(tokens.refresh_token as string);
    expect(entry?.body).toContain(`"openid":"${tokens.openid}"`);
  });

  it('records the headers of an /sns answer as sent, on the fast path and through a fault alike', async () => {
    const plain = await mock.exchange('not-a-code');
    await mock.get('/__mock/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ effect: { type: 'content-type', contentType: 'application/json; encoding=utf-8' } }),
    });
    const faulted = await mock.exchange('not-a-code');
    const [first, second] = (await journal('?endpoint=/sns/oauth2/access_token')).entries;
    expect(first?.headers).toEqual({
      'content-type': plain.headers.get('content-type'),
      'content-length': plain.headers.get('content-length'),
    });
    expect(second?.headers).toMatchObject({
      'content-type': 'application/json; encoding=utf-8',
      'content-length': faulted.headers.get('content-length'),
    });
  });

  it('records no headers for pages', async () => {
    await mock.get(withQuery('/connect/qrconnect', { appid: WEBSITE.appid }));
    expect((await journal()).entries[0]?.headers).toBeNull();
  });

  it('records the errcode of an error answer and the appid and persona behind a token', async () => {
    const { json } = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'wangwu'));
    await mock.get(withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: 'oWRONG' }));
    const entry = (await journal('?endpoint=/sns/userinfo')).entries[0];
    expect(entry).toMatchObject({ appid: WEBSITE.appid, persona: 'wangwu', errcode: 40003 });
    expect(entry?.query.access_token).toMatch(/^86_.{5}….{4}$/);
  });

  it('records page visits with their redirect target and the approving persona', async () => {
    const page = await mock.get(
      withQuery('/connect/oauth2/authorize', {
        appid: OFFICIAL.appid,
        redirect_uri: 'http://localhost/cb',
        scope: 'snsapi_base',
        state: 's',
        connect_redirect: '1',
        mock_persona: 'lisi',
      }),
    );
    expect(page.status).toBe(302);
    const entry = (await journal('?endpoint=/connect/oauth2/authorize')).entries[0];
    expect(entry).toMatchObject({ status: 302, appid: OFFICIAL.appid, persona: 'lisi', body: null });
    expect(entry?.location).toMatch(/^http:\/\/localhost\/cb\?code=[A-Za-z0-9]{32}&state=s$/);
  });

  it('does not record control-plane requests', async () => {
    await mock.get('/__mock/apps');
    expect((await journal()).entries).toEqual([]);
  });

  it('filters by appid, endpoint, persona, time and id, and limits to the newest', async () => {
    await mock.exchange(await mock.mintCode(WEBSITE.appid, 'lisi'));
    await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_base'), OFFICIAL);
    await mock.advance(60);
    const later = (await mock.clock.now()).now;
    await mock.get('/sns/auth');
    await mock.get('/sns/auth?x=1');
    expect((await journal(`?appid=${OFFICIAL.appid}`)).entries.map((e) => e.persona)).toEqual(['zhangsan']);
    expect((await journal('?persona=lisi')).entries.map((e) => e.appid)).toEqual([WEBSITE.appid]);
    expect((await journal('?endpoint=/sns/auth')).entries).toHaveLength(2);
    expect((await journal(`?since=${later}`)).entries.map((e) => e.path)).toEqual(['/sns/auth', '/sns/auth']);
    const all = await journal();
    expect(all.lastId).toBe(all.entries.at(-1)?.id);
    expect((await journal(`?after=${all.entries[1]?.id}`)).entries).toHaveLength(2);
    expect((await journal('?limit=1')).entries.map((e) => e.query)).toEqual([{ x: '1' }]);
  });

  it('pages back with before: the newest entries older than the given id', async () => {
    for (let i = 0; i < 5; i++) await mock.exchange(`code${i}`);
    const newest = await journal('?limit=2');
    const oldestId = newest.entries[0]?.id ?? 0;
    const older = await journal(`?limit=2&before=${oldestId}`);
    expect(older.entries.map((e) => e.id)).toEqual([oldestId - 2, oldestId - 1]);
    expect((await mock.get('/__mock/journal?before=0')).status).toBe(400);
  });

  it('long-polls: a read with wait answers as soon as a matching request arrives', async () => {
    const { lastId } = await journal();
    const waiting = mock.get(`/__mock/journal?endpoint=/sns/userinfo&after=${lastId}&wait=10000`);
    await mock.get('/sns/auth');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await mock.get('/sns/userinfo');
    const started = performance.now();
    const { json } = await waiting;
    expect(performance.now() - started).toBeLessThan(5000);
    expect((json.entries as Entry[]).map((e) => e.path)).toEqual(['/sns/userinfo']);
  });

  it('long-polls: answers an empty list when nothing matching arrives within wait', async () => {
    const started = performance.now();
    const { json } = await mock.get('/__mock/journal?endpoint=/sns/userinfo&wait=200');
    expect(json.entries).toEqual([]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('keeps only the configured number of requests', async () => {
    const small = await startTestMock({ config: { journalSize: 3 } });
    try {
      for (const q of ['a', 'b', 'c', 'd', 'e']) await small.get(`/sns/auth?q=${q}`);
      const { json } = await small.get('/__mock/journal');
      expect((json.entries as Entry[]).map((e) => e.query.q)).toEqual(['c', 'd', 'e']);
      expect(json.lastId).toBe(5);
    } finally {
      await small.close();
    }
  });

  it('keeps each query value up to 1024 characters, saying how long a longer one was', async () => {
    await mock.get(`/sns/auth?state=${'s'.repeat(8192)}&q=short`);
    const [entry] = (await journal('?endpoint=/sns/auth&limit=1')).entries;
    expect(entry?.query.state).toBe(`${'s'.repeat(1024)}…[8192 chars]`);
    expect(entry?.query.q).toBe('short');
  });

  it("clears all entries, or only one app's", async () => {
    await mock.exchange(await mock.mintCode(WEBSITE.appid));
    await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi', 'snsapi_base'), OFFICIAL);
    expect((await mock.get(`/__mock/journal?appid=${WEBSITE.appid}`, { method: 'DELETE' })).status).toBe(204);
    expect((await journal()).entries.map((e) => e.appid)).toEqual([OFFICIAL.appid]);
    await mock.get('/__mock/journal', { method: 'DELETE' });
    expect((await journal()).entries).toEqual([]);
  });

  it('rejects bad read parameters with a clear message', async () => {
    for (const query of ['limit=0', 'limit=1001', 'wait=30001', 'after=-1', 'since=yesterday']) {
      const answer = await mock.get(`/__mock/journal?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json.message).toMatch(/must be/);
    }
  });

  it('ends a pending long poll when the mock closes', async () => {
    const other = await startTestMock();
    const waiting = other.get('/__mock/journal?wait=30000').then(
      () => 'answered',
      () => 'closed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await other.close();
    expect(['answered', 'closed']).toContain(await waiting);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
