import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

const accessTokenValidFor7200Seconds = (row: ScenarioRow) =>
  ({
    id: `${row.area}.access-token-valid-for-7200-seconds`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: ['fresh-code', 'clock'],
    async run(t) {
      const grant = await t.login();
      await t.advanceClock(7190);
      expectSuccess(await t.sns(row.endpoint, tokenParams(grant)));
    },
  }) satisfies Scenario;

export const authAccessTokenValidFor7200Seconds = accessTokenValidFor7200Seconds({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'An access_token is still valid just before its 7200 s are up',
  reference: '§3.2, §6',
  evidence: 'documented',
});

export const userinfoAccessTokenValidFor7200Seconds = accessTokenValidFor7200Seconds({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: "userinfo still answers the profile just before the access_token's 7200 s are up",
  reference: '§3.2, §5.2, §6',
  evidence: 'documented',
});

export default [authAccessTokenValidFor7200Seconds, userinfoAccessTokenValidFor7200Seconds];
