import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import { validateConfig } from '../config/validate-config.js';
import { SNS_FORM_LIMIT_BYTES } from './sns-form-body.js';

let mock: TestMock;
let queryOnly: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
  queryOnly = await startTestMock({ config: validateConfig({ fidelity: { formBody: false } }) });
});
afterAll(async () => {
  await mock.close();
  await queryOnly.close();
});

const FORM = 'application/x-www-form-urlencoded';

/** A POST with `query` in the query string and `form` as a form-encoded body. */
const postForm = (
  target: TestMock,
  path: string,
  query: Record<string, string>,
  form: Record<string, string> | string,
  contentType = FORM,
) =>
  target.get(Object.keys(query).length === 0 ? path : withQuery(path, query), {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof form === 'string' ? form : new URLSearchParams(form).toString(),
  });

async function login(target = mock) {
  const { json } = await target.exchange(await target.mintCode());
  return json as { access_token: string; openid: string; refresh_token: string };
}

describe('/sns parameters in a form-encoded POST body (reference §3.1, inferred)', () => {
  it('exchanges a code sent as Auth.js does: appid and secret in the query, code and grant_type in the body', async () => {
    const code = await mock.mintCode();
    const answer = await postForm(
      mock,
      '/sns/oauth2/access_token',
      { appid: WEBSITE.appid, secret: WEBSITE.secret },
      { code, grant_type: 'authorization_code', redirect_uri: 'https://site.example/cb' },
    );
    expect(answer.json).toHaveProperty('access_token');
    expect(answer.headers.get('content-type')).toBe('text/plain');
  });

  it('reads every parameter from the body, a Content-Type with a charset included', async () => {
    const code = await mock.mintCode();
    const form = { appid: WEBSITE.appid, secret: WEBSITE.secret, code, grant_type: 'authorization_code' };
    const answer = await postForm(
      mock,
      '/sns/oauth2/access_token',
      {},
      form,
      'Application/X-WWW-Form-Urlencoded; charset=UTF-8',
    );
    expect(answer.json).toHaveProperty('access_token');
  });

  it('reads the query string first: a parameter in both counts by its query value', async () => {
    const answer = await postForm(
      mock,
      '/sns/oauth2/access_token',
      { appid: WEBSITE.appid, secret: WEBSITE.secret, grant_type: 'client_credential', code: 'x' },
      { grant_type: 'authorization_code' },
    );
    expect(answer.json.errcode).toBe(40002);
  });

  it('reads the body on the other three endpoints too', async () => {
    const grant = await login();
    const tokens = { access_token: grant.access_token, openid: grant.openid };
    expect((await postForm(mock, '/sns/auth', {}, tokens)).json).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await postForm(mock, '/sns/userinfo', {}, tokens)).json).toMatchObject({ nickname: '张三' });
    const refresh = { appid: WEBSITE.appid, grant_type: 'refresh_token', refresh_token: grant.refresh_token };
    expect((await postForm(mock, '/sns/oauth2/refresh_token', {}, refresh)).json).toMatchObject({
      openid: grant.openid,
    });
  });

  it('ignores a body that is not form-encoded (JSON, text) and a form body on GET', async () => {
    const code = await mock.mintCode();
    const params = { appid: WEBSITE.appid, secret: WEBSITE.secret, code, grant_type: 'authorization_code' };
    const json = await postForm(mock, '/sns/oauth2/access_token', {}, JSON.stringify(params), 'application/json');
    expect(json.json.errcode).toBe(41002);
    const text = await postForm(
      mock,
      '/sns/oauth2/access_token',
      {},
      new URLSearchParams(params).toString(),
      'text/plain',
    );
    expect(text.json.errcode).toBe(41002);
  });

  it(`ignores a body over ${SNS_FORM_LIMIT_BYTES} bytes, and the connection still answers the next request`, async () => {
    const code = await mock.mintCode();
    const query = { appid: WEBSITE.appid, secret: WEBSITE.secret };
    const padded = `grant_type=authorization_code&code=${code}&pad=${'x'.repeat(SNS_FORM_LIMIT_BYTES)}`;
    expect((await postForm(mock, '/sns/oauth2/access_token', query, padded)).json.errcode).toBe(40002);
    const form = { code, grant_type: 'authorization_code' };
    expect((await postForm(mock, '/sns/oauth2/access_token', query, form)).json).toHaveProperty('access_token');
  });

  it('matches faults and journals the request by the app and persona behind a code sent in the body', async () => {
    const fault = await mock.get('/__mock/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { persona: 'zhangsan' }, effect: { type: 'errcode', errcode: 45011 } }),
    });
    expect(fault.status).toBe(201);
    const fromId = await mock.journal.lastId();
    const code = await mock.mintCode();
    const form = { appid: WEBSITE.appid, secret: WEBSITE.secret, code, grant_type: 'authorization_code' };
    expect((await postForm(mock, '/sns/oauth2/access_token', {}, form)).json.errcode).toBe(45011);
    const { json } = await mock.get(`/__mock/journal?after=${fromId}&persona=zhangsan`);
    expect(json.entries).toEqual([
      expect.objectContaining({ method: 'POST', appid: WEBSITE.appid, errcode: 45011, fault: expect.anything() }),
    ]);
  });

  it('reads the query string only when fidelity.formBody is false', async () => {
    const code = await queryOnly.mintCode();
    const query = { appid: WEBSITE.appid, secret: WEBSITE.secret };
    const answer = await postForm(queryOnly, '/sns/oauth2/access_token', query, {
      code,
      grant_type: 'authorization_code',
    });
    expect(answer.json.errcode).toBe(40002);
    expect((await postForm(queryOnly, '/sns/auth', {}, await login(queryOnly))).json.errcode).toBe(41001);
  });
});
