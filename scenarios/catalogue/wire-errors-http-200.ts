import type { ErrCode, SnsEndpoint } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

/**
 * What each endpoint answers when called with no parameters: its first required parameter is missing. That
 * /sns/auth and /sns/userinfo check access_token before openid is inferred (§5, INF).
 */
const FIRST_MISSING: ReadonlyArray<readonly [SnsEndpoint, ErrCode]> = [
  ['/sns/oauth2/access_token', 41002],
  ['/sns/oauth2/refresh_token', 41002],
  ['/sns/auth', 41001],
  ['/sns/userinfo', 41001],
];

export default {
  id: 'wire.errors-http-200',
  title: 'Every /sns endpoint answers an error with HTTP 200 and a JSON body, never a 4xx',
  reference: '§9, §14',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const [endpoint, errcode] of FIRST_MISSING) expectErrcode(await t.sns(endpoint, {}), errcode);
  },
} satisfies Scenario;
