import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
let mini: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Server-token mini-program' });
});
afterAll(() => mock.close());

const tokenQuery = (app: { appid: string; secret: string }) =>
  withQuery('/cgi-bin/token', { grant_type: 'client_credential', appid: app.appid, secret: app.secret });

// What WeChat answers on /cgi-bin/token and /cgi-bin/stable_token is in the catalogue (servertoken.*,
// stabletoken.*). These keep what only the mock has: faults, the journal, its choice for website apps.
describe('the server-token endpoints beyond the catalogue (ML§5)', () => {
  it('answers 40013 to a website app, which has no server token (inferred, docs/decisions/0028)', async () => {
    expect((await mock.get(tokenQuery(WEBSITE))).json.errcode).toBe(40013);
  });

  it('names the caller in a 40164 fault without an errmsg, as WeChat’s whitelist error does (ML§5.1)', async () => {
    await mock.faults.add({
      match: { endpoint: '/cgi-bin/token', appid: mini.appid },
      effect: { type: 'errcode', errcode: 40164 },
      times: 1,
    });
    const answer = await mock.get(tokenQuery(mini));
    expect(answer.text).toMatch(
      /^\{"errcode":40164,"errmsg":"invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: [0-9a-f-]{26}"\}$/,
    );
    expect((await mock.get(tokenQuery(mini))).json).toHaveProperty('access_token');
  });

  it('scopes a fault to /cgi-bin/stable_token by the appid in the JSON body', async () => {
    await mock.faults.add({
      match: { endpoint: '/cgi-bin/stable_token', appid: mini.appid },
      effect: { type: 'errcode', errcode: 89503 },
      times: 1,
    });
    const body = { grant_type: 'client_credential', appid: mini.appid, secret: mini.secret };
    expect((await mock.post('/cgi-bin/stable_token', body)).json.errcode).toBe(89503);
    expect((await mock.post('/cgi-bin/stable_token', body)).json).toHaveProperty('access_token');
  });

  it('journals a stable_token call under its app, with the token masked in the body it answered', async () => {
    const after = await mock.journal.lastId();
    await mock.post('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: mini.appid,
      secret: mini.secret,
    });
    const [entry] = await mock.journal.find({ after, appid: mini.appid });
    expect(entry).toMatchObject({ method: 'POST', path: '/cgi-bin/stable_token', appid: mini.appid, status: 200 });
    expect(entry?.body).toMatch(/^\{"access_token":"[^"]{8}…[^"]{4}","expires_in":\d+\}$/);
  });

  it('reads a stable_token body as JSON whatever its Content-Type says', async () => {
    const body = JSON.stringify({ grant_type: 'client_credential', appid: mini.appid, secret: mini.secret });
    const answer = await mock.get('/cgi-bin/stable_token', {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer.json).toHaveProperty('access_token');
  });

  it('answers 47001 to a stable_token body over 16 KiB, without keeping it', async () => {
    const answer = await mock.post('/cgi-bin/stable_token', { pad: 'x'.repeat(17 * 1024) });
    expect(answer.json.errcode).toBe(47001);
  });

  it('gives the server tokens the /cgi-bin settings: fidelity.cgiBinErrmsgSuffix and cgiBinContentType', async () => {
    const other = await startTestMock({
      config: { fidelity: { cgiBinErrmsgSuffix: 'hint-rid', cgiBinContentType: 'text/plain' } },
    });
    try {
      const answer = await other.get(withQuery('/cgi-bin/token', { grant_type: 'client_credential' }));
      expect(answer.headers.get('content-type')).toBe('text/plain');
      expect(answer.json.errmsg).toMatch(/^appid missing hint: \[[A-Za-z0-9]{9}-[A-Za-z0-9]{6}\] rid: [0-9a-f-]{26}$/);
    } finally {
      await other.close();
    }
  });
});
