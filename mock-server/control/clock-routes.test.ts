import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(async () => {
  await mock.post('/__mock/reset');
});

interface ClockView {
  now: string;
  epochMs: number;
  offsetMs: number;
  frozen: boolean;
}
const readClock = async () => (await mock.get('/__mock/clock')).json as unknown as ClockView;
/** Real time passes; a bounded wait, never an assertion on how long it took. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The first group of the rid suffix of an /sns error (reference §7, §8.1). */
async function ridSeconds(): Promise<string> {
  const { json } = await mock.get('/sns/userinfo');
  expect(json.errcode).toBe(41001);
  const match = /, rid: ([0-9a-f]{8})-[0-9a-f]{8}-[0-9a-f]{8}$/.exec(json.errmsg as string);
  if (!match?.[1]) throw new Error(`no rid in ${JSON.stringify(json)}`);
  return match[1];
}

const PI_DAY = Date.UTC(2025, 2, 14, 8, 0, 0); // 2025-03-14T08:00:00.000Z = 1741939200000

describe('POST /__mock/clock/set', () => {
  it('puts a frozen clock exactly at {to}, as GET /__mock/clock and the rid of an /sns error show (reference §7)', async () => {
    await mock.post('/__mock/clock/freeze');
    const answer = await mock.post('/__mock/clock/set', { to: '2025-03-14T08:00:00Z' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ now: '2025-03-14T08:00:00.000Z', epochMs: PI_DAY, frozen: true });
    expect(await readClock()).toMatchObject({ now: '2025-03-14T08:00:00.000Z', epochMs: PI_DAY, frozen: true });
    // 1741939200 s = 0x67d3e200
    expect(await ridSeconds()).toBe('67d3e200');
  });

  it.each([
    ['2106-02-07T06:28:15Z', 'ffffffff'],
    ['2106-02-07T06:28:16Z', '00000000'],
    ['9999-12-31T23:59:59Z', 'fff4417f'],
  ])("keeps the rid's 8-hex-digit time group with the clock at %s (its low 32 bits: %s)", async (to, group) => {
    await mock.post('/__mock/clock/freeze');
    expect((await mock.post('/__mock/clock/set', { to })).status).toBe(200);
    expect(await ridSeconds()).toBe(group);
  });

  it('puts a frozen clock exactly at {epochMs}, and reads a time zone offset in {to}', async () => {
    await mock.post('/__mock/clock/freeze');
    const answer = await mock.post('/__mock/clock/set', { epochMs: 1_700_000_000_123 });
    expect(answer.json).toMatchObject({ epochMs: 1_700_000_000_123, now: '2023-11-14T22:13:20.123Z' });
    expect((await readClock()).epochMs).toBe(1_700_000_000_123);
    expect(await ridSeconds()).toBe((1_700_000_000).toString(16));

    await mock.post('/__mock/clock/set', { to: '2025-03-14T16:00:00+08:00' });
    expect((await readClock()).epochMs).toBe(PI_DAY);
  });

  it('keeps a running clock running from the instant set, with a negative offset after a set into the past', async () => {
    const answer = await mock.post('/__mock/clock/set', { epochMs: PI_DAY });
    expect(answer.json.frozen).toBe(false);
    const clock = await readClock();
    expect(clock.frozen).toBe(false);
    expect(clock.epochMs).toBeGreaterThanOrEqual(PI_DAY);
    // Generous: only says the clock went to 2025-03-14, not back to real time.
    expect(clock.epochMs).toBeLessThan(PI_DAY + 3600_000);
    expect(clock.offsetMs).toBeLessThan(0);
  });

  it.each([
    ['both keys', { to: '2025-03-14T08:00:00Z', epochMs: PI_DAY }],
    ['no key', {}],
    ['an empty body', undefined],
    ['a date-time without a time zone', { to: '2025-03-14T08:00:00' }],
    ['a date without a time', { to: '2025-03-14' }],
    ['a string that is no date', { to: 'tomorrow at noon' }],
    ['a non-integer epochMs', { epochMs: 1741939200000.5 }],
    ['epochMs as a string', { epochMs: '1741939200000' }],
    ['an unknown key beside to', { to: '2025-03-14T08:00:00Z', frozen: true }],
  ])('answers 400 bad_request for %s and leaves the clock where it was', async (_, body) => {
    const before = (await mock.post('/__mock/clock/freeze')).json.epochMs;
    const answer = await mock.post('/__mock/clock/set', body);
    expect(answer).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    expect(answer.json.message).toContain('"to"');
    expect((await readClock()).epochMs).toBe(before);
  });
  it.each([
    ['an epochMs past what a date can hold', { epochMs: 9_000_000_000_000_000 }],
    ['an instant after the year 9999', { to: '+010000-01-01T00:00:00Z' }],
    ['an instant before 1970, which has no Unix-time rid (reference §7)', { epochMs: -5000 }],
  ])('answers 400 bad_request for %s, and the mock keeps working', async (_, body) => {
    const before = (await mock.post('/__mock/clock/freeze')).json.epochMs;
    expect(await mock.post('/__mock/clock/set', body)).toMatchObject({ status: 400, json: { error: 'bad_request' } });
    expect(await mock.get('/__mock/clock')).toMatchObject({ status: 200, json: { epochMs: before } });
    expect(await ridSeconds()).toBe(Math.floor((before as number) / 1000).toString(16));
  });
});

describe('POST /__mock/clock/advance', () => {
  it('moves the clock by whole milliseconds, so epochMs and offsetMs stay integers, even for fractional seconds', async () => {
    const frozen = (await mock.post('/__mock/clock/freeze')).json.epochMs as number;
    const answer = await mock.post('/__mock/clock/advance', { seconds: 0.0004 });
    expect(answer.status).toBe(200);
    expect(answer.json.epochMs).toBe(frozen);
    const again = await mock.post('/__mock/clock/advance', { seconds: 1.0016 });
    expect(again.json.epochMs).toBe(frozen + 1002);
    expect(Number.isInteger(again.json.offsetMs)).toBe(true);
    expect(Date.parse(again.json.now as string)).toBe(again.json.epochMs);
  });

  it('answers 400 bad_request for an advance past what the clock can show, and the mock keeps working', async () => {
    const before = (await mock.post('/__mock/clock/freeze')).json.epochMs;
    for (const seconds of [1e300, 300_000_000_000]) {
      expect(await mock.post('/__mock/clock/advance', { seconds })).toMatchObject({
        status: 400,
        json: { error: 'bad_request' },
      });
    }
    expect(await mock.get('/__mock/clock')).toMatchObject({ status: 200, json: { epochMs: before } });
    expect(await ridSeconds()).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('POST /__mock/clock/freeze and /unfreeze', () => {
  it('stops time: two reads some milliseconds apart give the same instant, frozen: true', async () => {
    const frozen = await mock.post('/__mock/clock/freeze');
    expect(frozen).toMatchObject({ status: 200, json: { frozen: true } });
    const first = await readClock();
    await pause(30);
    const second = await readClock();
    expect(second.epochMs).toBe(first.epochMs);
    expect(second.epochMs).toBe(frozen.json.epochMs);
    expect(second).toMatchObject({ frozen: true, now: first.now });
    // Freezing a frozen clock changes nothing.
    expect((await mock.post('/__mock/clock/freeze')).json).toMatchObject({ epochMs: first.epochMs, frozen: true });
  });

  it('lets advance move a frozen clock by exactly the seconds given, and it stays frozen', async () => {
    const frozen = (await mock.post('/__mock/clock/freeze')).json.epochMs as number;
    const answer = await mock.post('/__mock/clock/advance', { seconds: 90.5 });
    expect(answer.json).toMatchObject({ epochMs: frozen + 90_500, frozen: true });
    await pause(20);
    expect((await readClock()).epochMs).toBe(frozen + 90_500);
  });

  it('lets time run again from the frozen instant on unfreeze: frozen false, and later reads are later', async () => {
    await mock.post('/__mock/clock/freeze');
    const frozenAt = (await mock.post('/__mock/clock/set', { epochMs: PI_DAY })).json.epochMs as number;
    const answer = await mock.post('/__mock/clock/unfreeze');
    expect(answer).toMatchObject({ status: 200, json: { frozen: false } });
    expect(answer.json.epochMs).toBeGreaterThanOrEqual(frozenAt);
    expect(answer.json.epochMs).toBeLessThan(frozenAt + 3600_000);
    await pause(30);
    const later = await readClock();
    expect(later.frozen).toBe(false);
    expect(later.epochMs).toBeGreaterThan(frozenAt);
    // Unfreezing a running clock changes nothing.
    expect((await mock.post('/__mock/clock/unfreeze')).json.frozen).toBe(false);
  });

  it('expires an access_token issued on a frozen clock exactly 7200 s of mock time later: 7199 s still fine, 7200 s gives 42001 (reference §3.2, §6)', async () => {
    await mock.post('/__mock/clock/freeze');
    const { json } = await mock.exchange(await mock.mintCode());
    expect(json.expires_in).toBe(7200);
    const userinfo = () =>
      mock.get(
        withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: json.openid as string }),
      );
    await mock.advance(7199);
    expect((await userinfo()).json).toMatchObject({ nickname: '张三' });
    await mock.advance(1);
    expect((await userinfo()).json).toMatchObject({ errcode: 42001 });
  });
});

describe('POST /__mock/reset and the clock', () => {
  it('puts the clock back on real time: offset near 0, running', async () => {
    await mock.post('/__mock/clock/freeze');
    await mock.post('/__mock/clock/set', { epochMs: PI_DAY });
    expect(await readClock()).toMatchObject({ epochMs: PI_DAY, frozen: true });
    expect((await mock.post('/__mock/reset')).json).toEqual({ status: 'reset' });
    const clock = await readClock();
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.offsetMs)).toBeLessThan(1000);
  });

  it('puts an advanced clock back too', async () => {
    await mock.advance(86_400);
    // offsetMs is read against real time, so it may come out a millisecond short.
    expect((await readClock()).offsetMs).toBeGreaterThan(86_399_000);
    await mock.post('/__mock/reset');
    expect(Math.abs((await readClock()).offsetMs)).toBeLessThan(1000);
  });
});
