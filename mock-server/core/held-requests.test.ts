import { EventEmitter, getEventListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { HeldRequests } from './held-requests.js';

/** A stand-in for a response: HeldRequests only listens for its 'close'. */
const response = () => new EventEmitter() as unknown as ServerResponse;

describe('HeldRequests', () => {
  it('ends the oldest hold when one more than the limit is held, and only that one', () => {
    const held = new HeldRequests(2, new AbortController().signal);
    const [first, second, third] = [held.hold(response()), held.hold(response()), held.hold(response())];
    expect([first?.aborted, second?.aborted, third?.aborted]).toEqual([true, false, false]);
    expect(held.size).toBe(2);
  });

  it('ends a hold when its client goes away, freeing its room', () => {
    const held = new HeldRequests(1, new AbortController().signal);
    const gone = response();
    const signal = held.hold(gone);
    gone.emit('close');
    expect(signal.aborted).toBe(true);
    expect(held.size).toBe(0);
  });

  it('ends every hold when the mock closes, through one listener however many are held', () => {
    const closing = new AbortController();
    const held = new HeldRequests(100, closing.signal);
    const signals = Array.from({ length: 50 }, () => held.hold(response()));
    expect(getEventListeners(closing.signal, 'abort')).toHaveLength(1);
    closing.abort();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    expect(held.hold(response()).aborted).toBe(true);
  });

  it('is settled once every held request has been answered', async () => {
    const held = new HeldRequests(10, new AbortController().signal);
    const answers = [response(), response()];
    for (const answer of answers) held.hold(answer);
    let settled = false;
    const whenSettled = held.settled().then(() => {
      settled = true;
    });
    answers[0]?.emit('close');
    await Promise.resolve();
    expect(settled).toBe(false);
    answers[1]?.emit('close');
    await whenSettled;
    expect(settled).toBe(true);
  });
});
