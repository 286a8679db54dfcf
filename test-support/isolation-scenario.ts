import { expect, inject } from 'vitest';
import { connectMock } from '../contract/control-client/index.js';
import type {} from './shared-mock-setup.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What each of the parallel isolation test files does on the one shared mock: register its own app,
 * wait until the other file's app exists too (so both really run at once), then script a fault, log in,
 * read its journal view and reset its scope, while the other file does the same to its own app.
 */
export async function runIsolationScenario(me: string, other: string): Promise<void> {
  const url = inject('sharedMockUrl');
  const mock = connectMock(url);
  const app = await mock.apps.create({ kind: 'website', name: me, callbackDomains: ['localhost'] });

  // Rendezvous: both files must be running at the same time, or this proves nothing.
  const deadline = performance.now() + 20_000;
  let otherApp: { appid: string } | undefined;
  while (otherApp === undefined) {
    if (performance.now() > deadline)
      throw new Error(`${other} never started: the isolation files did not run in parallel`);
    otherApp = (await mock.apps.list()).find((a) => a.name === other);
    if (otherApp === undefined) await sleep(25);
  }

  // My fault fails my exchanges only.
  await mock.faults.add({
    match: { endpoint: '/sns/oauth2/access_token', appid: app.appid },
    effect: { type: 'errcode', errcode: -1 },
    times: 'always',
  });
  const exchange = async () => {
    const minted = await mock.codes.mint({ app, persona: 'zhangsan' });
    const query = new URLSearchParams({
      appid: app.appid,
      secret: app.secret,
      code: minted.code,
      grant_type: 'authorization_code',
    });
    return (await (await fetch(`${url}/sns/oauth2/access_token?${query}`)).json()) as Record<string, unknown>;
  };
  for (let i = 0; i < 5; i++) {
    expect((await exchange()).errcode).toBe(-1);
    await sleep(10);
  }

  // My journal view holds only my app's requests, however many the other file makes meanwhile.
  const mine = await mock.journal.find({ appid: app.appid });
  expect(mine.map((e) => e.appid)).toEqual(Array(5).fill(app.appid));
  const faults = await mock.faults.list({ appid: app.appid });
  expect(faults.map((f) => f.fired)).toEqual([5]);

  // Resetting my scope removes my fault and journal, not the other file's.
  expect(await mock.reset({ appid: app })).toEqual({ status: 'reset', appid: app.appid });
  expect((await exchange()).access_token).toEqual(expect.any(String));
  expect(await mock.journal.find({ appid: app.appid })).toHaveLength(1);
  expect((await mock.apps.get(otherApp)).appid).toBe(otherApp.appid);
}
