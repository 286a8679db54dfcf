import { connectMock } from '../../contract/control-client/index.js';
import type { AppCredentials } from '../model/scenario-context.js';
import type { ConformanceTarget } from './conformance-target.js';
import { controlledMockTarget } from './controlled-mock-target.js';
import { foreignTarget } from './foreign-target.js';
import { scriptedPerson } from './login-person.js';
import { probeMock } from './probe-mock.js';

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
 * A mock running at a URL, recognised by the signature in its `GET /__mock/health`. With its control plane
 * reachable, every capability; with it switched off, or without the signature (another mock of WeChat), the
 * server is treated as a foreign one (like the real WeChat) and a scripted person approves each login.
 */
export async function urlTarget(options: UrlTargetOptions): Promise<ConformanceTarget> {
  const url = options.url.replace(/\/+$/, '');
  const probe = await probeMock(url, options.controlToken ?? null);
  if (probe === 'control-open') {
    return controlledMockTarget(`url ${url}`, connectMock(url, { token: options.controlToken ?? null }));
  }
  if (probe === 'control-needs-token') {
    throw new Error(`the control plane at ${url} demands a token: pass --control-token (WECHAT_MOCK_CONTROL_TOKEN)`);
  }
  const what =
    probe === 'control-off'
      ? `the control plane at ${url} is off`
      : `the server at ${url} does not answer GET /__mock/health with this mock's signature, so it is treated as a foreign server (no control plane)`;
  if (options.website === undefined) {
    throw new Error(
      `${what}: pass --appid and --secret of its website app to run the suite as against a foreign server`,
    );
  }
  return foreignTarget({
    name: `url ${url} (${probe === 'control-off' ? 'control plane off' : 'foreign server'})`,
    openBaseUrl: url,
    apiBaseUrl: url,
    website: options.website,
    callbackUrl: options.callbackUrl ?? 'http://127.0.0.1:0/callback',
    person: scriptedPerson(),
  });
}
