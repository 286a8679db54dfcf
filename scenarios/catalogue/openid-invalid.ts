import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectErrcode } from './wechat-expect.js';

const openidInvalid = (row: ScenarioRow) =>
  ({
    id: `${row.area}.openid-invalid`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: ['fresh-code'],
    async run(t) {
      const grant = await t.login();
      const answer = await t.sns(row.endpoint, {
        access_token: grant.access_token,
        openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI',
      });
      expectErrcode(answer, 40003);
    },
  }) satisfies Scenario;

export const authOpenidInvalid = openidInvalid({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'Checking a valid access_token with an openid it was not issued to answers 40003 invalid openid',
  reference: '§5.1, §8',
  evidence: 'captured',
});

export const userinfoOpenidInvalid = openidInvalid({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'userinfo with a valid access_token and an openid it was not issued to answers 40003 invalid openid',
  reference: '§5.2, §8',
  evidence: 'documented',
});

export default [authOpenidInvalid, userinfoOpenidInvalid];
