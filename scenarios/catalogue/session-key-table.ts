import type { SnsEndpoint } from '../../contract/index.js';
import type { Evidence, Scenario } from '../model/scenario.js';
import type { ScenarioContext, WireAnswer } from '../model/scenario-context.js';
import { miniProgramServerToken, miniProgramSession, sessionKeyParams } from './wechat-expect.js';

/** A signed-in user of the mini-program and a call that proves their session_key with `params` changed. */
export type SessionKeyCall = (change: Readonly<Record<string, string>>) => Promise<WireAnswer>;

/**
 * One behaviour of both session_key endpoints, `/wxa/checksession` (ML§2.2) and `/wxa/resetusersessionkey`
 * (ML§2.3), which take the same parameters and make the same checks (ADR 0024's tables).
 */
export interface SessionKeyBehaviour {
  readonly behaviour: string;
  readonly title: (endpoint: SnsEndpoint) => string;
  readonly evidence: { readonly check: Evidence; readonly reset: Evidence };
  run(t: ScenarioContext, call: SessionKeyCall): Promise<void>;
}

/** The two rows, `checksession.<behaviour>` and `resetsessionkey.<behaviour>`. */
export function sessionKeyTable(row: SessionKeyBehaviour): readonly [Scenario, Scenario] {
  const build = (area: string, endpoint: SnsEndpoint, reference: string, evidence: Evidence): Scenario => ({
    id: `${area}.${row.behaviour}`,
    title: row.title(endpoint),
    reference,
    evidence,
    needs: ['mini-program'],
    async run(t) {
      const { openid, sessionKey } = await miniProgramSession(t);
      const params = sessionKeyParams(await miniProgramServerToken(t), openid, sessionKey);
      await row.run(t, (change) => t.sns(endpoint, { ...params, ...change }));
    },
  });
  return [
    build('checksession', '/wxa/checksession', 'ML§2.2', row.evidence.check),
    build('resetsessionkey', '/wxa/resetusersessionkey', 'ML§2.3', row.evidence.reset),
  ];
}
