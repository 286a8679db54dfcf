import { randomBytes } from 'node:crypto';
import { WeChatOAuthClient } from '../../client/index.js';
import type { Capability } from '../model/scenario.js';
import type { AppCredentials } from '../model/scenario-context.js';
import { CallbackServer } from './callback-server.js';
import type { ConformanceTarget } from './conformance-target.js';
import type { LoginPerson } from './login-person.js';

export interface ForeignServer {
  readonly name: string;
  readonly openBaseUrl: string;
  readonly apiBaseUrl: string;
  readonly website: AppCredentials;
  /** The redirect_uri registered for the website app; the suite listens on it for the codes (port 0: any). */
  readonly callbackUrl: string;
  /** The address the callback server listens on; default 127.0.0.1. */
  readonly callbackHost?: string;
  /** Approves each login; null when codes are supplied instead. */
  readonly person: LoginPerson | null;
  /** Codes obtained beforehand (e.g. WECHAT_CODES), used before asking the person. */
  readonly codes?: readonly string[];
}

/**
 * A server the suite cannot control: the real WeChat, or a mock with its control plane switched off.
 * New logins go through the QR page like a real user's, with the code collected on a local callback
 * server; nothing else is assumed, so `control`, `clock` and `official-account` scenarios skip.
 */
export async function foreignTarget(server: ForeignServer): Promise<ConformanceTarget> {
  const codes = [...(server.codes ?? [])];
  const callback = new CallbackServer(new URL(server.callbackUrl));
  if (server.person !== null) await callback.listen(server.callbackHost);
  const client = new WeChatOAuthClient({ appid: server.website.appid, openBaseUrl: server.openBaseUrl });
  const capabilities = new Set<Capability>(server.person !== null || codes.length > 0 ? ['fresh-code'] : []);
  return {
    name: server.name,
    capabilities,
    openBaseUrl: server.openBaseUrl,
    apiBaseUrl: server.apiBaseUrl,
    website: server.website,
    callbackUrl: callback.callbackUrl.href,
    officialAccount: null,
    control: null,
    scenarioTimeoutMs: (server.person?.patienceMs ?? 0) + 30_000,
    async freshCode() {
      const supplied = codes.shift();
      if (supplied !== undefined) return supplied;
      const person = server.person;
      if (person === null) throw new Error('no more codes were supplied and no person can log in');
      const state = randomBytes(8).toString('hex');
      const arrived = callback.code(state, person.patienceMs);
      await person.approve(client.qrConnectUrl({ redirectUri: callback.callbackUrl.href, state }));
      return arrived;
    },
    async afterScenario() {},
    close: () => callback.close(),
  };
}
