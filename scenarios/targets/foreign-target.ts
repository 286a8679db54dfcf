import { randomBytes } from 'node:crypto';
import { WeChatOAuthClient } from '../../client/index.js';
import { CapabilityUnavailable } from '../model/capability-unavailable.js';
import type { Capability } from '../model/scenario.js';
import type { AppCredentials } from '../model/scenario-context.js';
import { reasonOf } from '../runner/run-bounded.js';
import { CallbackServer } from './callback-server.js';
import { type ConformanceTarget, MISSING_CAPABILITY } from './conformance-target.js';
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
  /**
   * A mobile app of the website app's Open Platform account with codes of its SDK login obtained beforehand
   * by the same person (ML§6.1: the code comes from the app on a phone, so it cannot be asked for here).
   */
  readonly mobileApp?: { readonly credentials: AppCredentials; readonly codes: readonly string[] };
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
  const mobileCodes = [...(server.mobileApp?.codes ?? [])];
  if (mobileCodes.length > 0) capabilities.add('mobile-app');
  return {
    name: server.name,
    capabilities,
    openBaseUrl: server.openBaseUrl,
    apiBaseUrl: server.apiBaseUrl,
    website: server.website,
    callbackUrl: callback.callbackUrl.href,
    officialAccount: null,
    miniProgram: null,
    mobileApp: server.mobileApp?.credentials ?? null,
    control: null,
    scenarioTimeoutMs: (server.person?.patienceMs ?? 0) + 30_000,
    async wxLoginCode() {
      throw new CapabilityUnavailable('mini-program', MISSING_CAPABILITY['mini-program']);
    },
    async follow() {
      throw new CapabilityUnavailable('control', MISSING_CAPABILITY.control);
    },
    async mobileAppCode() {
      const supplied = mobileCodes.shift();
      if (supplied === undefined)
        throw new CapabilityUnavailable('mobile-app', 'every supplied mobile-app code is used');
      return supplied;
    },
    async phoneCode() {
      throw new CapabilityUnavailable('mini-program', MISSING_CAPABILITY['mini-program']);
    },
    async freshCode() {
      const supplied = codes.shift();
      if (supplied !== undefined) return supplied;
      const person = server.person;
      if (person === null) {
        throw new CapabilityUnavailable('fresh-code', 'every supplied code is used and no person can log in');
      }
      const state = randomBytes(8).toString('hex');
      const loginUrl = client.qrConnectUrl({ redirectUri: callback.callbackUrl.href, state });
      // The wait starts before the approval (the code may arrive first) and is always settled here, so a
      // failed approval leaves neither a timer nor an unhandled rejection behind.
      const giveUp = new AbortController();
      const arrived = callback.code(state, person.patienceMs, giveUp.signal);
      try {
        await person.approve(loginUrl);
      } catch (error) {
        giveUp.abort();
        await arrived.catch(() => {});
        throw new CapabilityUnavailable(
          'fresh-code',
          `${person.name} could not log in on the target's login page: ${reasonOf(error)}`,
        );
      }
      return arrived.catch((error: unknown) => {
        throw new CapabilityUnavailable('fresh-code', reasonOf(error));
      });
    },
    async afterScenario() {},
    close: () => callback.close(),
  };
}
