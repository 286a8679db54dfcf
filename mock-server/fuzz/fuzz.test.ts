import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNS_ENDPOINTS } from '../../contract/index.js';
import { rawRequest } from '../../test-support/raw-request.js';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';
import { brokenPromises } from './fuzz-invariants.js';
import { hostileRequest, SNS_PATHS } from './hostile-request.js';

/**
 * Seeded, so a failure is reproduced by its seed. In CI a fixed number of requests per mock (a few seconds);
 * `npm run fuzz -- --minutes N [--seed S]` sets WECHAT_MOCK_FUZZ_MINUTES (and the seed) for a longer run.
 */
const SEED = Number(process.env.WECHAT_MOCK_FUZZ_SEED ?? 20_261_130);
const MINUTES = Number(process.env.WECHAT_MOCK_FUZZ_MINUTES ?? 0);
const RUNS_IN_CI = 300;
const MOCKS = 2;
const timeLimitMs = (MINUTES * 60_000) / MOCKS;
const budget =
  MINUTES > 0
    ? { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false }
    : { numRuns: RUNS_IN_CI };

const TOKEN = 'a-very-secret-token-123';

it('takes the routes it fuzzes from the contracts, the API endpoints among them', () => {
  expect(SNS_PATHS).toEqual(SNS_ENDPOINTS);
});

describe.each([
  ['whose control plane demands a token the requests never carry', { token: TOKEN }, true],
  ['with an open control plane', {}, false],
])('hostile requests to every route of a mock %s', (_, control, tokenRequired) => {
  let mock: TestMock;
  beforeAll(async () => {
    // Long polls held one second, not 25: a fuzzed uuid that happens to wait must not stall the run.
    mock = await startTestMock({ config: { control, fidelity: { longPollSeconds: 1 } } });
    console.info(`fuzz seed ${SEED}${MINUTES > 0 ? `, ${MINUTES} min` : `, ${RUNS_IN_CI} runs`}`);
  });
  afterAll(() => mock.close());

  it(
    'never answer 5xx without a fault, a stack trace, a control answer without the token, or /sns in another shape than WeChat JSON',
    async () => {
      const own = new URL(mock.url).host;
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(hostileRequest(own), async (request) => {
          const faultSet = (await mock.faults.list()).length !== 0;
          const answer = await rawRequest(mock.url, request);
          sent++;
          // Whatever a write changed (faults, clock, apps) is undone, so each request meets the seeded mock.
          if (request.method !== 'GET' && request.method !== 'HEAD') await mock.reset();
          expect(brokenPromises(request, answer, { tokenRequired, faultSet })).toEqual([]);
        }),
        { seed: SEED, ...budget },
      );
      console.info(`fuzz: ${sent} requests, every promise kept`);
    },
    MINUTES > 0 ? timeLimitMs + 120_000 : 60_000,
  );
});
