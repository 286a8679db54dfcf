import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectErrcode } from './wechat-expect.js';

const openidMissing = (row: ScenarioRow) =>
  ({
    id: `${row.area}.openid-missing`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: ['fresh-code'],
    async run(t) {
      const grant = await t.login();
      expectErrcode(await t.sns(row.endpoint, { access_token: grant.access_token }), 41009);
    },
  }) satisfies Scenario;

// 41009 is captured on /sns/userinfo; on /sns/auth the reference infers the same answer (§8, INF).
export const authOpenidMissing = openidMissing({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'Checking a valid access_token without openid answers 41009 missing openid',
  reference: '§5.1, §8',
  evidence: 'inferred',
});

export const userinfoOpenidMissing = openidMissing({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'userinfo with a valid access_token but no openid answers 41009 missing openid',
  reference: '§5.2, §8',
  evidence: 'captured',
});

export default [authOpenidMissing, userinfoOpenidMissing];
