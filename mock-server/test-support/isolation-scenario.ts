import { expect, inject } from 'vitest';
import { createControlClient } from '../start-mock-server.js';
import type {} from './shared-mock-setup.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What each of the parallel isolation test files does on the one shared mock: register its own app,
 * wait until the other file's app exists too (so both really run at once), then script a fault, log in,
 * read its journal view and reset its scope, while the other file does the same to its own app.
 */
export async function runIsolationScenario(me: string, other: string): Promise<void> {
  const url = inject('sharedMockUrl');
  const control = createControlClient(url);
  const created = await control.POST('/__mock/apps', {
    body: { kind: 'website', name: me, callbackDomains: ['localhost'] },
  });
  expect(created.response.status).toBe(201);
  const app = created.data as { appid: string; secret: string };

  // Rendezvous: both files must be running at the same time, or this proves nothing.
  const deadline = performance.now() + 20_000;
  let otherApp: { appid: string } | undefined;
  while (otherApp === undefined) {
    if (performance.now() > deadline)
      throw new Error(`${other} never started: the isolation files did not run in parallel`);
    const { data } = await control.GET('/__mock/apps');
    otherApp = data?.apps.find((a) => a.name === other);
    if (otherApp === undefined) await sleep(25);
  }

  // My fault fails my exchanges only.
  const fault = await control.POST('/__mock/faults', {
    body: {
      match: { endpoint: '/sns/oauth2/access_token', appid: app.appid },
      effect: { type: 'errcode', errcode: -1 },
      times: 'always',
    },
  });
  expect(fault.response.status).toBe(201);
  const exchange = async () => {
    const minted = await control.POST('/__mock/codes', { body: { appid: app.appid, persona: 'zhangsan' } });
    const query = new URLSearchParams({
      appid: app.appid,
      secret: app.secret,
      code: minted.data?.code ?? '',
      grant_type: 'authorization_code',
    });
    return (await (await fetch(`${url}/sns/oauth2/access_token?${query}`)).json()) as Record<string, unknown>;
  };
  for (let i = 0; i < 5; i++) {
    expect((await exchange()).errcode).toBe(-1);
    await sleep(10);
  }

  // My journal view holds only my app's requests, however many the other file makes meanwhile.
  const mine = await control.GET('/__mock/journal', { params: { query: { appid: app.appid } } });
  expect(mine.data?.entries.map((e) => e.appid)).toEqual(Array(5).fill(app.appid));
  const faults = await control.GET('/__mock/faults', { params: { query: { appid: app.appid } } });
  expect(faults.data?.faults.map((f) => f.fired)).toEqual([5]);

  // Resetting my scope removes my fault and journal, not the other file's.
  const reset = await control.POST('/__mock/reset', { params: { query: { appid: app.appid } } });
  expect(reset.data).toEqual({ status: 'reset', appid: app.appid });
  expect((await exchange()).access_token).toEqual(expect.any(String));
  const after = await control.GET('/__mock/journal', { params: { query: { appid: app.appid } } });
  expect(after.data?.entries).toHaveLength(1);
  const others = await control.GET('/__mock/apps/{appid}', { params: { path: { appid: otherApp.appid } } });
  expect(others.response.status).toBe(200);
}
