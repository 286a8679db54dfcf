import type { Scenario } from '../model/scenario.js';
import { expectSuccess, formPost } from './wechat-expect.js';

// Inferred (§3.1, INF): Auth.js's WeChat provider exchanges codes this way and its users report that it works
// against WeChat; older captures of a body being ignored may have sent JSON.
export default {
  id: 'exchange.form-body-read',
  title:
    'A POST with appid and secret in the query and code and grant_type in a form-encoded body (as Auth.js sends it) exchanges the code',
  reference: '§3.1, §9',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const code = await t.freshCode();
    const query = { appid: t.website.appid, secret: t.website.secret };
    expectSuccess(await t.sns('/sns/oauth2/access_token', query, formPost({ code, grant_type: 'authorization_code' })));
  },
} satisfies Scenario;
