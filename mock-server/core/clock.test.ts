import { describe, expect, it } from 'vitest';
import { createSystemClock } from './clock.js';

const busyWait = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: the real clock must move for these tests
  }
};

describe('the mock clock', () => {
  it('runs on real time until moved, and advance moves it forward', () => {
    const clock = createSystemClock();
    expect(Math.abs(clock.offsetMs)).toBeLessThanOrEqual(1);
    clock.advance(60_000);
    expect(clock.offsetMs).toBeGreaterThanOrEqual(59_999);
  });

  it('set puts it at an instant, from which it keeps running', () => {
    const clock = createSystemClock();
    clock.set(Date.UTC(2030, 0, 1));
    busyWait(5);
    expect(clock.now() - Date.UTC(2030, 0, 1)).toBeGreaterThanOrEqual(4);
  });

  it('freeze stops time, advance and set still move it, unfreeze lets it run on from there', () => {
    const clock = createSystemClock();
    // Frozen first: set() on a running clock and freeze() a millisecond later would freeze at +1 ms.
    clock.freeze();
    clock.set(Date.UTC(2030, 0, 1));
    busyWait(5);
    expect(clock.now()).toBe(Date.UTC(2030, 0, 1));
    expect(clock.frozen).toBe(true);
    clock.advance(1000);
    expect(clock.now()).toBe(Date.UTC(2030, 0, 1) + 1000);
    clock.unfreeze();
    busyWait(5);
    expect(clock.now()).toBeGreaterThan(Date.UTC(2030, 0, 1) + 1003);
    expect(clock.frozen).toBe(false);
  });

  it('reset puts it back on real time, running', () => {
    const clock = createSystemClock();
    clock.freeze();
    clock.advance(10_000);
    clock.reset();
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.offsetMs)).toBeLessThanOrEqual(1);
  });
});
