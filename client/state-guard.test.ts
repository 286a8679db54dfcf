import { describe, expect, it } from 'vitest';
import { StateGuard } from './state-guard.js';

function guardAt(start = Date.UTC(2026, 0, 1)) {
  const clock = { ms: start, now: () => clock.ms };
  return { clock, guard: new StateGuard({ secret: 'a-secret-of-32-bytes-for-tests!!', clock }) };
}

describe('StateGuard makes and checks the CSRF state of a login', () => {
  it('issues 56 lowercase hex characters, inside the a-zA-Z0-9 and 128-byte limits of oauth2/authorize (§2)', () => {
    const { guard } = guardAt();
    const state = guard.issue('session-1');
    expect(state).toMatch(/^[0-9a-f]{56}$/);
    expect(guard.issue('session-1')).not.toBe(state);
  });

  it('accepts a state for the session it was issued to, once', () => {
    const { guard } = guardAt();
    const state = guard.issue('session-1');
    expect(guard.verify(state, 'session-1')).toEqual({ ok: true });
    expect(guard.verify(state, 'session-1')).toEqual({ ok: false, reason: 'replayed' });
  });

  it('accepts a state again when single use is switched off', () => {
    const clock = { now: () => 0 };
    const guard = new StateGuard({ secret: 'a-secret-of-32-bytes-for-tests!!', clock, singleUse: false });
    const state = guard.issue('s');
    expect(guard.verify(state, 's').ok).toBe(true);
    expect(guard.verify(state, 's').ok).toBe(true);
  });

  it("refuses a state issued to another session (login CSRF) as forged, without spending that session's state", () => {
    const { guard } = guardAt();
    const state = guard.issue('victim');
    expect(guard.verify(state, 'attacker')).toEqual({ ok: false, reason: 'forged' });
    expect(guard.verify(state, 'victim')).toEqual({ ok: true });
  });

  it('refuses a state with one character changed as forged', () => {
    const { guard } = guardAt();
    const state = guard.issue('s');
    const tampered = state.slice(0, -1) + (state.endsWith('0') ? '1' : '0');
    expect(guard.verify(tampered, 's')).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a state signed with another secret as forged', () => {
    const { clock, guard } = guardAt();
    const other = new StateGuard({ secret: 'another-secret-of-32-bytes-long!', clock });
    expect(guard.verify(other.issue('s'), 's')).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a state once its lifetime (600 s by default) has passed by the injected clock', () => {
    const { clock, guard } = guardAt();
    const state = guard.issue('s');
    clock.ms += 599_000;
    const fresh = guard.issue('s');
    clock.ms += 1_000;
    expect(guard.verify(state, 's')).toEqual({ ok: false, reason: 'expired' });
    expect(guard.verify(fresh, 's')).toEqual({ ok: true });
  });

  it('refuses a missing state and a malformed one with their own reasons', () => {
    const { guard } = guardAt();
    expect(guard.verify(undefined, 's')).toEqual({ ok: false, reason: 'missing' });
    expect(guard.verify('', 's')).toEqual({ ok: false, reason: 'missing' });
    expect(guard.verify('not-a-state', 's')).toEqual({ ok: false, reason: 'malformed' });
    expect(guard.verify('A'.repeat(56), 's')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('calls a spent state expired, not replayed, once its lifetime has passed', () => {
    const { clock, guard } = guardAt();
    const first = guard.issue('s');
    expect(guard.verify(first, 's').ok).toBe(true);
    clock.ms += 600_000;
    // The spent, now expired state is refused as expired, not remembered as replayed.
    expect(guard.verify(first, 's')).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a secret shorter than 16 bytes and a lifetime that is not positive', () => {
    expect(() => new StateGuard({ secret: 'short' })).toThrow(/at least 16 bytes/);
    expect(() => new StateGuard({ secret: 'a-secret-of-32-bytes-for-tests!!', lifetimeSeconds: 0 })).toThrow(
      /positive/,
    );
  });
});
