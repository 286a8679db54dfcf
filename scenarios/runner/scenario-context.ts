import { parseJsonObject } from '../../client/index.js';
import type { AccessTokenResponse, Scope } from '../../contract/index.js';
import { browserHeaders } from '../browser/wechat-user-agent.js';
import type { AppCredentials, FreshCodeOptions, ScenarioContext, WireAnswer } from '../model/scenario-context.js';
import type { ConformanceTarget } from '../targets/conformance-target.js';
import type { ContractValidator } from './contract-validator.js';

/** Thrown when an answer does not match the contract; its message lists every problem with its JSON path. */
export class ContractMismatch extends Error {
  override readonly name = 'ContractMismatch';
}

async function receive(response: Response): Promise<WireAnswer> {
  const text = new TextDecoder('utf-8').decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text, body: parseJsonObject(text) };
}

/** The context one scenario runs with: HTTP to the target, every /sns answer checked against the contract. */
export function createScenarioContext(target: ConformanceTarget, validator: ContractValidator): ScenarioContext {
  const appFor = (options: FreshCodeOptions): { app: AppCredentials; scope: Scope } =>
    options.app === 'official-account'
      ? { app: requireOfficialAccount(target), scope: options.scope ?? 'snsapi_userinfo' }
      : { app: target.website, scope: options.scope ?? 'snsapi_login' };

  const check = (method: string, path: string, answer: WireAnswer) => {
    const problems = validator.problems(method, path, answer.status, answer.body ?? answer.text);
    if (problems.length > 0) {
      throw new ContractMismatch(`the answer does not match the contract:\n  ${problems.join('\n  ')}`);
    }
  };
  const context: ScenarioContext = {
    website: target.website,
    callbackUrl: target.callbackUrl,
    get officialAccount() {
      return requireOfficialAccount(target);
    },
    get miniProgram() {
      if (target.miniProgram === null) throw new Error(`${target.name} has no mini-program`);
      return target.miniProgram;
    },
    wxLoginCode: () => target.wxLoginCode(),
    get mobileApp() {
      if (target.mobileApp === null) throw new Error(`${target.name} has no mobile app`);
      return target.mobileApp;
    },
    mobileAppCode: () => target.mobileAppCode(),
    follow: () => target.follow(),
    phoneCode: () => target.phoneCode(),
    get control() {
      if (target.control === null) throw new Error(`${target.name} has no control plane`);
      return target.control;
    },
    async sns(endpoint, params, init = {}) {
      const method = init.method ?? 'GET';
      const url = `${target.apiBaseUrl}${endpoint}?${new URLSearchParams(params)}`;
      const answer = await receive(
        await fetch(url, {
          method,
          ...(init.body === undefined ? {} : { body: init.body }),
          headers: init.contentType === undefined ? {} : { 'content-type': init.contentType },
          signal: AbortSignal.timeout(15_000),
        }),
      );
      check(method, endpoint, answer);
      return answer;
    },
    async page(pathWithQuery) {
      const url = new URL(`${target.openBaseUrl}${pathWithQuery}`);
      const answer = await receive(
        await fetch(url, {
          redirect: 'manual',
          headers: browserHeaders(url),
          signal: AbortSignal.timeout(15_000),
        }),
      );
      check('GET', new URL(pathWithQuery, 'http://target').pathname, answer);
      return answer;
    },
    freshCode(options = {}) {
      const { app, scope } = appFor(options);
      return target.freshCode(app, scope);
    },
    async login(options = {}) {
      const { app } = appFor(options);
      const code = await context.freshCode(options);
      const answer = await context.sns('/sns/oauth2/access_token', {
        ...app,
        code,
        grant_type: 'authorization_code',
      });
      if (typeof answer.body?.access_token !== 'string') {
        throw new Error(`the login's code exchange failed: ${answer.text}`);
      }
      return answer.body as unknown as AccessTokenResponse;
    },
    async advanceClock(seconds) {
      await context.control.clock.advance(seconds);
    },
  };
  return context;
}

function requireOfficialAccount(target: ConformanceTarget): AppCredentials {
  if (target.officialAccount === null) throw new Error(`${target.name} has no official-account app`);
  return target.officialAccount;
}
