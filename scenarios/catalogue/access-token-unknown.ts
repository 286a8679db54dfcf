import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectErrcode } from './wechat-expect.js';

// Captures show both 40001 and 40014 for tokens WeChat never issued: 40014 for userinfo with an invalid token,
// 40001 for a token that is not an sns token (§5.1, §5.2, §15). Either is WeChat's answer.
const accessTokenUnknown = (row: ScenarioRow) =>
  ({
    id: `${row.area}.access-token-unknown`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: [],
    async run(t) {
      for (const accessToken of ['access_token', `86_${'x'.repeat(107)}`]) {
        const answer = await t.sns(row.endpoint, { access_token: accessToken, openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI' });
        expectErrcode(answer, [40001, 40014]);
      }
    },
  }) satisfies Scenario;

export const authAccessTokenUnknown = accessTokenUnknown({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'Checking an access_token WeChat never issued answers 40001 or 40014',
  reference: '§5.1, §15',
  evidence: 'captured',
});

export const userinfoAccessTokenUnknown = accessTokenUnknown({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'userinfo with an access_token WeChat never issued answers 40001 or 40014',
  reference: '§5.2, §15',
  evidence: 'captured',
});

export default [authAccessTokenUnknown, userinfoAccessTokenUnknown];
