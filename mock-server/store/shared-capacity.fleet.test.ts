import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fleet, missingFleetParts, type Replica, startFleet } from '../../test-support/fleet.js';
import { authorizePage, openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { OFFICIAL } from '../../test-support/test-mock.js';

// The per-app caps on what pages without credentials make the mock keep (docs/decisions/0015), on two mock
// processes (the CLI as it ships) on one Redis (docs/decisions/0034): pages opened on A and B in turn count
// against one cap, and what falls past it is gone on both, as in one mock.
const missing = missingFleetParts();

const LIMITS = { codesPerApp: 5, loginSessionsPerApp: 3 };

describe.skipIf(missing !== null)('per-app caps on two mock processes sharing one Redis', () => {
  let redis: TestRedis;
  let fleet: Fleet;
  let replicas: [Replica, Replica];

  beforeAll(async () => {
    redis = await startTestRedis();
    fleet = await startFleet({ storeUrl: redis.url, prefix: 'caps-fleet:', count: 2, config: { limits: LIMITS } });
    replicas = fleet.replicas as [Replica, Replica];
  }, 120_000);
  afterAll(async () => {
    await fleet?.stop();
    await redis?.kill();
  }, 30_000);

  const on = (i: number): Replica => replicas[i % 2] as Replica;

  it('keeps the newest 5 of 8 snsapi_base codes opened on A and B in turn: the oldest 3 answer 40029 wherever exchanged', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const location = (await authorizePage(on(i))).headers.get('location') ?? '';
      codes.push(new URL(location).searchParams.get('code') ?? '');
    }
    const answers = await Promise.all(codes.map((code, i) => on(i + 1).exchange(code, OFFICIAL)));
    expect(answers.map((answer) => answer.json.errcode ?? answer.json.scope)).toEqual([
      40029,
      40029,
      40029,
      'snsapi_base',
      'snsapi_base',
      'snsapi_base',
      'snsapi_base',
      'snsapi_base',
    ]);
  });

  it('keeps the newest 3 of 5 QR logins opened on A and B in turn: the oldest 2 answer 402 on both', async () => {
    const uuids: string[] = [];
    for (let i = 0; i < 5; i++) uuids.push(await openQrLogin(on(i)));
    for (const replica of replicas) {
      const answers = await Promise.all(uuids.map((uuid) => poll(replica, uuid, 0)));
      expect(answers.map(({ errcode }) => errcode)).toEqual([402, 402, 408, 408, 408]);
    }
  });
});
