import { connectMock } from '../../contract/control-client/index.js';
import type { AppCredentials } from '../model/scenario-context.js';
import type { ConformanceTarget } from './conformance-target.js';
import { controlledMockTarget } from './controlled-mock-target.js';
import { foreignTarget } from './foreign-target.js';
import { scriptedPerson } from './login-person.js';

export interface UrlTargetOptions {
  /** The mock's base URL, e.g. `http://127.0.0.1:3099`. */
  readonly url: string;
  /** The control plane's bearer token, if it demands one. */
  readonly controlToken?: string;
  /** For a mock whose control plane is off: the website app to log in with. */
  readonly website?: AppCredentials;
  /** For a mock whose control plane is off: where the scripted person's logins arrive. */
  readonly callbackUrl?: string;
}

/**
 * A mock running at a URL. With its control plane reachable, every capability; with it switched off, the
 * mock is treated as a foreign server (like the real WeChat) and a scripted person approves each login.
 */
export async function urlTarget(options: UrlTargetOptions): Promise<ConformanceTarget> {
  const url = options.url.replace(/\/+$/, '');
  const probe = await fetch(`${url}/__mock/apps`, {
    headers: options.controlToken === undefined ? {} : { authorization: `Bearer ${options.controlToken}` },
    signal: AbortSignal.timeout(10_000),
  }).catch((error: unknown) => {
    throw new Error(`no mock answers at ${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
  await probe.body?.cancel();
  if (probe.status === 200) {
    return controlledMockTarget(`url ${url}`, connectMock(url, { token: options.controlToken ?? null }));
  }
  if (probe.status === 401) {
    throw new Error(`the control plane at ${url} demands a token: pass --control-token (WECHAT_MOCK_CONTROL_TOKEN)`);
  }
  if (options.website === undefined) {
    throw new Error(
      `the control plane at ${url} is off (HTTP ${probe.status}): pass --appid and --secret of its website app to run the suite as against a foreign server`,
    );
  }
  return foreignTarget({
    name: `url ${url} (control plane off)`,
    openBaseUrl: url,
    apiBaseUrl: url,
    website: options.website,
    callbackUrl: options.callbackUrl ?? 'http://127.0.0.1:0/callback',
    person: scriptedPerson(),
  });
}
