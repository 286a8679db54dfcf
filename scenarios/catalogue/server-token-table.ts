import type { SnsEndpoint } from '../../contract/index.js';
import type { Capability, Evidence, Scenario } from '../model/scenario.js';
import type { ScenarioContext, WireAnswer } from '../model/scenario-context.js';
import { jsonPost } from './wechat-expect.js';

/** Sends a client_credential request's parameters the way the endpoint reads them. */
export type CredentialCall = (params: Readonly<Record<string, string>>) => Promise<WireAnswer>;

/**
 * One behaviour of both server-token endpoints (ML§5): `/cgi-bin/token` reads the query string,
 * `/cgi-bin/stable_token` a JSON body; otherwise their checks are the same (ADR 0024's tables).
 */
export interface ServerTokenBehaviour {
  readonly behaviour: string;
  readonly title: (endpoint: SnsEndpoint) => string;
  readonly evidence: { readonly token: Evidence; readonly stable: Evidence };
  readonly needs?: readonly Capability[];
  run(t: ScenarioContext, call: CredentialCall): Promise<void>;
}

/** The two rows, `servertoken.<behaviour>` (ML§5.1) and `stabletoken.<behaviour>` (ML§5.2). */
export function serverTokenTable(row: ServerTokenBehaviour): readonly [Scenario, Scenario] {
  const build = (
    area: string,
    endpoint: SnsEndpoint,
    reference: string,
    evidence: Evidence,
    call: (t: ScenarioContext) => CredentialCall,
  ): Scenario => ({
    id: `${area}.${row.behaviour}`,
    title: row.title(endpoint),
    reference,
    evidence,
    needs: ['mini-program', ...(row.needs ?? [])],
    run: (t) => row.run(t, call(t)),
  });
  return [
    build(
      'servertoken',
      '/cgi-bin/token',
      'ML§5.1',
      row.evidence.token,
      (t) => (params) => t.sns('/cgi-bin/token', params),
    ),
    build(
      'stabletoken',
      '/cgi-bin/stable_token',
      'ML§5.2',
      row.evidence.stable,
      (t) => (params) => t.sns('/cgi-bin/stable_token', {}, jsonPost(params)),
    ),
  ];
}
