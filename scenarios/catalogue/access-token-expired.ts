import type { ErrCode } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import type { ScenarioRow } from './scenario-table.js';
import { expectErrcode, tokenParams } from './wechat-expect.js';

const accessTokenExpired = (row: ScenarioRow & { readonly errcodes: readonly ErrCode[] }) =>
  ({
    id: `${row.area}.access-token-expired`,
    title: row.title,
    reference: row.reference,
    evidence: row.evidence,
    needs: ['fresh-code', 'clock'],
    async run(t) {
      const grant = await t.login();
      await t.advanceClock(7200);
      expectErrcode(await t.sns(row.endpoint, tokenParams(grant)), row.errcodes);
    },
  }) satisfies Scenario;

// Which errcode /sns/auth gives an expired token is an open question (§15): 42001 as on userinfo, or the
// 40001 / 40014 seen for tokens it does not accept. Its row asserts only the refusal.
export const authAccessTokenExpired = accessTokenExpired({
  area: 'auth',
  endpoint: '/sns/auth',
  title: 'An access_token is refused (42001, 40001 or 40014) once its 7200 s have passed',
  reference: '§5.1, §6, §15',
  evidence: 'documented',
  errcodes: [42001, 40001, 40014],
});

export const userinfoAccessTokenExpired = accessTokenExpired({
  area: 'userinfo',
  endpoint: '/sns/userinfo',
  title: 'userinfo with an access_token older than 7200 s answers 42001 access_token expired',
  reference: '§5.2, §6, §8',
  evidence: 'documented',
  errcodes: [42001],
});

export default [authAccessTokenExpired, userinfoAccessTokenExpired];
