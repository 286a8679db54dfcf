import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectErrcode } from './wechat-expect.js';

const accessTokenMissing = (row: ScenarioRow) =>
  ({
    id: `${row.area}.access-token-missing`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: [],
    async run(t) {
      expectErrcode(await t.sns(row.endpoint, { openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI' }), 41001);
    },
  }) satisfies Scenario;

export const authAccessTokenMissing = accessTokenMissing({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'Checking a token without access_token answers 41001 access_token missing',
  reference: '§5.1, §8',
  evidence: 'documented',
});

export const userinfoAccessTokenMissing = accessTokenMissing({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'userinfo without access_token answers 41001 access_token missing',
  reference: '§5.2, §8',
  evidence: 'documented',
});

export default [authAccessTokenMissing, userinfoAccessTokenMissing];
