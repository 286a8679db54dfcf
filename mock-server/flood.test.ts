import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnPhone, authorizePage, openQrLogin, poll, qrconnectPage } from '../test-support/qr-login.js';
import { OFFICIAL, startTestMock, type TestMock } from '../test-support/test-mock.js';

/** Small bounds, so that a flood of a few hundred requests runs past each of them (docs/decisions/0015). */
const LIMITS = { loginSessionsPerApp: 40, codesPerApp: 40, heldRequests: 5 };
const FLOOD = 200;
const STATE_8K = 's'.repeat(8192);

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ config: { limits: LIMITS, fidelity: { longPollSeconds: 30 } } });
});
afterAll(() => mock.close());

/** Sends `count` requests one after the other and returns what each gave, in order. */
async function floodInOrder<T>(count: number, send: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let sent = 0; sent < count; sent++) results.push(await send());
  return results;
}

/** Sends `count` requests, `parallel` at a time. */
async function flood(count: number, send: () => Promise<unknown>, parallel = 10): Promise<void> {
  for (let sent = 0; sent < count; sent += parallel) {
    await Promise.all(Array.from({ length: Math.min(parallel, count - sent) }, send));
  }
}

const snsapiBase = () => authorizePage(mock);
const codeOf = (location: string | null) => /[?&]code=([A-Za-z0-9]+)/.exec(location ?? '')?.[1] ?? '';

describe('a flood of unauthenticated requests', () => {
  it('keeps at most loginSessionsPerApp QR logins per app, ending the oldest, and a new login still succeeds', async () => {
    const oldest = await openQrLogin(mock, { state: STATE_8K });
    await flood(FLOOD, () => qrconnectPage(mock, { state: STATE_8K }));
    // Exactly the newest loginSessionsPerApp are kept: the one before them is gone, the first of them lives.
    const uuids = await floodInOrder(FLOOD, () => openQrLogin(mock, { state: STATE_8K }));
    const firstKept = FLOOD - LIMITS.loginSessionsPerApp;
    expect(await poll(mock, uuids[firstKept - 1] ?? '')).toEqual({ errcode: 402, code: '' });
    await mock.get(`/connect/confirm?uuid=${uuids[firstKept]}`);
    expect((await poll(mock, uuids[firstKept] ?? '', 408)).errcode).toBe(404);
    // The oldest QR code is gone, as an expired one is (402).
    expect(await poll(mock, oldest)).toEqual({ errcode: 402, code: '' });

    const uuid = await openQrLogin(mock, { state: STATE_8K });
    await mock.get(`/connect/confirm?uuid=${uuid}`);
    await answerOnPhone(mock, uuid, { action: 'allow', persona: 'zhangsan' });
    const { errcode, code } = await poll(mock, uuid, 404);
    expect(errcode).toBe(405);
    expect((await mock.exchange(code)).json).toMatchObject({ scope: 'snsapi_login' });
  });

  it('keeps at most codesPerApp codes per app from snsapi_base, the oldest going first; the newest still exchange', async () => {
    const oldest = codeOf((await snsapiBase()).headers.get('location'));
    const codes = await floodInOrder(FLOOD, async () => codeOf((await snsapiBase()).headers.get('location')));
    // Exactly the newest codesPerApp are kept: the one before them is gone, the first of them exchanges.
    const firstKept = FLOOD - LIMITS.codesPerApp;
    expect((await mock.exchange(codes[firstKept - 1] ?? '', OFFICIAL)).json).toMatchObject({ errcode: 40029 });
    expect((await mock.exchange(codes[firstKept] ?? '', OFFICIAL)).json).toMatchObject({ scope: 'snsapi_base' });
    expect((await mock.exchange(oldest, OFFICIAL)).json).toMatchObject({ errcode: 40029 });
    const newest = codeOf((await snsapiBase()).headers.get('location'));
    expect((await mock.exchange(newest, OFFICIAL)).json).toMatchObject({ scope: 'snsapi_base' });
  });

  it('holds at most heldRequests long polls: one more answers the oldest at once with "no change" (408)', async () => {
    const uuid = await openQrLogin(mock);
    const extra = 3;
    let answered = 0;
    let threeAnswered = () => {};
    const evictions = new Promise<void>((resolve) => {
      threeAnswered = resolve;
    });
    const polls = Array.from({ length: LIMITS.heldRequests + extra }, () =>
      poll(mock, uuid, 408).then((answer) => {
        if (++answered === extra) threeAnswered();
        return answer.errcode;
      }),
    );
    // The hold is 30 s: only the evicted polls can answer before the phone opens the QR code.
    await evictions;
    expect(answered).toBe(extra);
    await mock.get(`/connect/confirm?uuid=${uuid}`);
    const errcodes = await Promise.all(polls);
    expect(errcodes.filter((e) => e === 408)).toHaveLength(extra);
    expect(errcodes.filter((e) => e === 404)).toHaveLength(LIMITS.heldRequests);
  });
});
