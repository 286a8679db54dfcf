import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import type { ScenarioContext } from '../model/scenario-context.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectSuccess, formPost, refreshParams, tokenParams } from './wechat-expect.js';

/** What a row sends (`query` in the query string, `form` as a form-encoded body) and checks in the answer. */
interface FormRequest {
  readonly query: Readonly<Record<string, string>>;
  readonly form: Readonly<Record<string, string>>;
  check(body: Record<string, unknown>): void;
}

// Inferred (§3.1, INF): Auth.js's WeChat provider exchanges codes with code and grant_type in a form body and its
// users report that it works against WeChat; the /sns endpoints share one way of reading parameters.
const formBodyRead = (row: ScenarioRow & { request(t: ScenarioContext): Promise<FormRequest> }) =>
  ({
    id: `${row.area}.form-body-read`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: ['fresh-code'],
    async run(t) {
      const { query, form, check } = await row.request(t);
      check(expectSuccess(await t.sns(row.endpoint, query, formPost(form))));
    },
  }) satisfies Scenario;

export const exchangeFormBodyRead = formBodyRead({
  area: 'exchange',
  endpoint: '/sns/oauth2/access_token',
  title:
    'A POST with appid and secret in the query and code and grant_type in a form-encoded body (as Auth.js sends it) exchanges the code',
  reference: '§3.1, §9',
  evidence: 'inferred',
  async request(t) {
    const code = await t.freshCode();
    return {
      query: { appid: t.website.appid, secret: t.website.secret },
      form: { code, grant_type: 'authorization_code' },
      check: (body) => assert.equal(typeof body.access_token, 'string'),
    };
  },
});

export const refreshFormBodyRead = formBodyRead({
  area: 'refresh',
  endpoint: '/sns/oauth2/refresh_token',
  title: 'A refresh whose parameters are all in a form-encoded POST body is answered like one in the query',
  reference: '§3.1, §4',
  evidence: 'inferred',
  async request(t) {
    const grant = await t.login();
    const form = refreshParams(t.website, grant.refresh_token);
    return { query: {}, form, check: (body) => assert.equal(body.openid, grant.openid) };
  },
});

export const authFormBodyRead = formBodyRead({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'An access_token check whose access_token and openid are in a form-encoded POST body answers ok',
  reference: '§3.1, §5.1',
  evidence: 'inferred',
  async request(t) {
    const form = tokenParams(await t.login());
    return { query: {}, form, check: (body) => assert.deepEqual(body, { errcode: 0, errmsg: 'ok' }) };
  },
});

export const userinfoFormBodyRead = formBodyRead({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'A userinfo request whose access_token and openid are in a form-encoded POST body answers the profile',
  reference: '§3.1, §5.2',
  evidence: 'inferred',
  async request(t) {
    const grant = await t.login();
    return { query: {}, form: tokenParams(grant), check: (body) => assert.equal(body.openid, grant.openid) };
  },
});

export default [exchangeFormBodyRead, refreshFormBodyRead, authFormBodyRead, userinfoFormBodyRead];
