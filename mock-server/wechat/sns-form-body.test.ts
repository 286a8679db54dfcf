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

// Which bodies WeChat reads is specified in scenarios/catalogue/*-form-body-*.ts and exchange-*-body-ignored.ts
// (ADR 0024); here only the mock's bound on a body, its faults and journal, and its switch.
describe('/sns parameters in a form-encoded POST body (reference §3.1, inferred)', () => {
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
