import { randomBytes } from 'node:crypto';
import type { ControlClient } from '../../mock-server/index.js';
import type { AppCredentials } from '../model/scenario-context.js';
import type { ConformanceTarget } from './conformance-target.js';

export interface ControlledMock {
  readonly name: string;
  /** The mock's base URL, serving both the pages and the /sns API. */
  readonly url: string;
  readonly control: ControlClient;
  /** Stops what the target started (nothing for a mock it only connected to). */
  readonly close: () => Promise<void>;
}

/**
 * A mock whose control plane the suite can use: it registers an Open Platform account, a website app, an
 * official-account app and a persona of its own (all named `conformance-<random>`), so that it never disturbs other users of a shared mock;
 * fresh codes are minted as if the persona had approved; after each scenario only its own apps are reset;
 * at the end they are deleted. Every capability is there.
 */
export async function controlledMockTarget(mock: ControlledMock): Promise<ConformanceTarget> {
  const { control } = mock;
  const suffix = randomBytes(4).toString('hex');
  const account = `conformance-${suffix}`;
  const created = await control.POST('/__mock/accounts', { body: { id: account } });
  if (created.error !== undefined) throw new Error(`could not register an account: ${JSON.stringify(created.error)}`);
  const persona = `conformance-${suffix}`;
  const person = await control.POST('/__mock/personas', { body: { key: persona, nickname: '测试用户🐼' } });
  if (person.error !== undefined) throw new Error(`could not register a persona: ${JSON.stringify(person.error)}`);
  const register = async (kind: 'website' | 'official-account'): Promise<AppCredentials> => {
    const { data, error } = await control.POST('/__mock/apps', {
      body: { kind, name: `conformance ${kind} ${suffix}`, account, callbackDomains: ['127.0.0.1', 'localhost'] },
    });
    if (data === undefined) throw new Error(`could not register a ${kind} app: ${JSON.stringify(error)}`);
    return { appid: data.appid, secret: data.secret };
  };
  const website = await register('website');
  const officialAccount = await register('official-account');
  const apps = [website, officialAccount];
  return {
    name: mock.name,
    capabilities: new Set(['fresh-code', 'control', 'clock', 'official-account']),
    openBaseUrl: mock.url,
    apiBaseUrl: mock.url,
    website,
    callbackUrl: 'http://127.0.0.1/cb',
    officialAccount,
    control,
    scenarioTimeoutMs: 30_000,
    async freshCode(app, scope) {
      const { data, error } = await control.POST('/__mock/codes', {
        body: { appid: app.appid, persona, scope: scope as 'snsapi_login' },
      });
      if (data === undefined) throw new Error(`the mock would not mint a code: ${JSON.stringify(error)}`);
      return data.code;
    },
    async afterScenario() {
      for (const app of apps) await control.POST('/__mock/reset', { params: { query: { appid: app.appid } } });
    },
    async close() {
      for (const app of apps) await control.DELETE('/__mock/apps/{appid}', { params: { path: { appid: app.appid } } });
      await control.DELETE('/__mock/accounts/{id}', { params: { path: { id: account } } });
      await control.DELETE('/__mock/personas/{key}', { params: { path: { key: persona } } });
      await mock.close();
    },
  };
}
