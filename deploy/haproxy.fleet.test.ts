import { Agent, get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedMock, startMockServer } from '../mock-server/start-mock-server.js';
import {
  type Balancer,
  haproxyMissing,
  haproxyRequired,
  REPLICA_HEADER,
  startBalancer,
} from '../test-support/balancer.js';

// deploy/haproxy.cfg itself, in front of three mocks (their state does not matter here: only health is asked).
const missing = haproxyMissing();
if (missing !== null && haproxyRequired) {
  it('finds haproxy, which CI installs (.ci/setup.d/55-haproxy.sh)', () => expect.fail(missing));
}

/** GET through one kept-alive connection: the name of the replica that answered, and the socket it came on. */
function replicaOver(agent: Agent, url: string): Promise<{ replica: string; socket: object }> {
  return new Promise((resolve, reject) => {
    get(`${url}/__mock/health`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ replica: String(res.headers[REPLICA_HEADER]), socket: res.socket }));
    }).on('error', reject);
  });
}

describe.skipIf(missing !== null)('the balancer of deploy/haproxy.cfg', () => {
  let mocks: StartedMock[];
  const closed = new Set<StartedMock>();
  let balancer: Balancer;
  beforeAll(async () => {
    mocks = await Promise.all([startMockServer(), startMockServer(), startMockServer()]);
    balancer = await startBalancer(mocks.map((mock) => mock.url));
  }, 60_000);
  afterAll(async () => {
    await balancer?.stop();
    await Promise.all((mocks ?? []).filter((mock) => !closed.has(mock)).map((mock) => mock.close()));
  });

  it('sends each request of one kept-alive client connection to the next replica, round robin', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await replicaOver(agent, balancer.url));
      expect(new Set(answers.map((answer) => answer.socket)).size).toBe(1);
      const replicas = answers.map((answer) => answer.replica);
      expect(new Set(replicas)).toEqual(new Set(['mock-1', 'mock-2', 'mock-3']));
      // Round robin: the first three are three different replicas, and the next three repeat them in order.
      expect(replicas.slice(3)).toEqual(replicas.slice(0, 3));
    } finally {
      agent.destroy();
    }
  });

  it('takes a replica that stops answering its health check out of the rotation', async () => {
    const third = mocks[2] as StartedMock;
    closed.add(third);
    await third.close();
    // fall 2 at inter 1s: gone within a few seconds; bounded generously.
    const deadline = Date.now() + 20_000;
    let replicas: string[] = [];
    while (Date.now() < deadline) {
      const answers = await Promise.all(Array.from({ length: 4 }, () => fetch(`${balancer.url}/__mock/health`)));
      replicas = answers.map((answer) => `${answer.status} ${answer.headers.get(REPLICA_HEADER)}`);
      if (replicas.every((r) => r === '200 mock-1' || r === '200 mock-2')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(new Set(replicas)).toEqual(new Set(['200 mock-1', '200 mock-2']));
  });
});
