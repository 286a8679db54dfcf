import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

// 40066 is what WeChat's API answers, but the kit calls only the endpoints it knows, so it stays here (ADR 0024).
describe('a path the mock does not have', () => {
  it.each(['/sns/oauth2/nonexistent', '/sns/userinfo/extra'])(
    'answers %s as WeChat’s API answers an unknown URL: HTTP 200, errcode 40066 invalid url with a rid',
    async (path) => {
      const answer = await mock.get(`${path}?appid=wx5f3b9c0d2e1a4b67`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/plain');
      expect(answer.text).toMatch(
        /^\{"errcode":40066,"errmsg":"invalid url, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}"\}$/,
      );
    },
  );

  it.each(['/cgi-bin/menu/nonexistent', '/wxa/nonexistent'])(
    'answers %s in the /cgi-bin family’s way: 40066 with the comma-less rid, application/json (ML§5.1)',
    async (path) => {
      const answer = await mock.get(path);
      expect(answer.headers.get('content-type')).toBe('application/json; encoding=utf-8');
      expect(answer.text).toMatch(
        /^\{"errcode":40066,"errmsg":"invalid url rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}"\}$/,
      );
    },
  );

  it('answers a POST to an unknown API path the same way', async () => {
    const answer = await mock.get('/sns/nothing', { method: 'POST' });
    expect(answer.json.errcode).toBe(40066);
  });

  it('journals an unknown API path with the 40066 body it answered', async () => {
    const after = await mock.journal.lastId();
    const answer = await mock.get('/sns/oauth2/nonexistent');
    const [entry] = await mock.journal.find({ after });
    expect(entry).toMatchObject({ path: '/sns/oauth2/nonexistent', status: 200, errcode: 40066, body: answer.text });
  });

  it('answers any other path with a 404 page that leads to the home page and escapes the path', async () => {
    const answer = await mock.get("/connect/it's&more");
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('href="/"');
    expect(answer.text).toContain('/connect/it&#39;s&amp;more');
  });
});
