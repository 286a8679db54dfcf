import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config/validate-config.js';
import { createSystemClock } from '../core/clock.js';
import { cryptoRandom } from '../core/random-source.js';
import { MockModel } from './mock-model.js';
import type { App } from './registry.js';

/** A model on a frozen clock with one mini-program (the demo config's apps and personas). */
function modelWith(fidelity: Record<string, unknown> = {}) {
  const clock = createSystemClock();
  clock.freeze();
  const model = new MockModel(validateConfig({ fidelity }), clock, cryptoRandom);
  const app = model.registry.addApp({
    appid: 'wx00000000000000aa',
    secret: 'a'.repeat(32),
    kind: 'mini-program',
    name: 'Mini',
    account: null,
    callbackDomains: [],
    rateLimitPerMinute: 1000,
    followers: [],
    lifetimes: {},
  });
  const errcodeOf = (token: string): number => {
    try {
      model.serverTokens.authorize(token);
      return 0;
    } catch (error) {
      return (error as { errcode: number }).errcode;
    }
  };
  const advance = (seconds: number) => clock.advance(seconds * 1000);
  return { model, app: app as App, errcodeOf, advance };
}

// What a token's holder sees through /wxa (ML§5) is in the catalogue; these pin the book's own rules.
describe('the server tokens (ML§5)', () => {
  it('keeps a replaced /cgi-bin/token working for 5 minutes, then answers 40001, and 42001 after 7200 s', () => {
    const { model, app, errcodeOf, advance } = modelWith();
    const first = model.serverTokens.issue(app).token;
    const second = model.serverTokens.issue(app).token;
    advance(299);
    expect(errcodeOf(first)).toBe(0);
    advance(1);
    expect(errcodeOf(first)).toBe(40001);
    expect(errcodeOf(second)).toBe(0);
    advance(7200 - 300);
    expect(errcodeOf(second)).toBe(42001);
  });

  it('forgets a token replaced twice (40001 as for any stale token), so each app holds at most two a slot', () => {
    const { model, app, errcodeOf } = modelWith();
    const first = model.serverTokens.issue(app).token;
    model.serverTokens.issue(app);
    model.serverTokens.issue(app);
    expect(errcodeOf(first)).toBe(40001);
    expect(model.serverTokens.peek(first)).toBeUndefined();
  });

  it('answers 40014 to a token that is not token-shaped and 40001 to one it never issued', () => {
    const { errcodeOf } = modelWith();
    expect(errcodeOf('not a token!')).toBe(40014);
    expect(errcodeOf(`86_${'A'.repeat(133)}`)).toBe(40001);
  });

  it('ends the stable token at once on force_refresh, and lets a token renewed in its last 5 minutes live out its time', () => {
    const { model, app, errcodeOf, advance } = modelWith();
    const first = model.serverTokens.stable(app, false).token;
    const forced = model.serverTokens.stable(app, true).token;
    expect(errcodeOf(first)).toBe(40001);
    advance(7200 - 200);
    const renewed = model.serverTokens.stable(app, false);
    expect(renewed.token).not.toBe(forced);
    expect(renewed.expiresIn).toBe(7200);
    advance(199);
    expect(errcodeOf(forced)).toBe(0);
    advance(1);
    expect(errcodeOf(forced)).toBe(42001);
  });

  it('allows 20 forced refreshes a day, then answers 45009 until the next day in China (UTC+8)', () => {
    const { model, app, advance } = modelWith();
    // Start just after midnight in China, so the 20 refreshes 30 s apart stay within one day.
    const { clock } = model;
    clock.set(Date.UTC(2026, 0, 1, 16, 0, 1));
    for (let i = 0; i < 20; i++) {
      model.serverTokens.stable(app, true);
      advance(30);
    }
    expect(() => model.serverTokens.stable(app, true)).toThrow(expect.objectContaining({ errcode: 45009 }));
    expect(model.serverTokens.stable(app, false).expiresIn).toBeGreaterThan(0);
    clock.set(Date.UTC(2026, 0, 2, 16, 0, 0));
    expect(model.serverTokens.stable(app, true).expiresIn).toBe(7200);
  });

  it('counts /cgi-bin/token calls against fidelity.serverTokenDailyQuota per day in China, then 45009', () => {
    const { model, app } = modelWith({ serverTokenDailyQuota: 2 });
    model.clock.set(Date.UTC(2026, 0, 1, 15, 59, 0));
    model.serverTokens.issue(app);
    model.serverTokens.issue(app);
    expect(() => model.serverTokens.issue(app)).toThrow(expect.objectContaining({ errcode: 45009 }));
    model.clock.set(Date.UTC(2026, 0, 1, 16, 0, 0)); // midnight in China
    expect(model.serverTokens.issue(app).expiresIn).toBe(7200);
  });

  it('counts /cgi-bin/stable_token calls against fidelity.stableTokenDailyQuota, apart from /cgi-bin/token', () => {
    const { model, app } = modelWith({ stableTokenDailyQuota: 1, serverTokenDailyQuota: 1 });
    model.serverTokens.stable(app, false);
    expect(() => model.serverTokens.stable(app, false)).toThrow(expect.objectContaining({ errcode: 45009 }));
    expect(model.serverTokens.issue(app).expiresIn).toBe(7200);
  });

  it('keeps both tokens of a slot, the overlap and the forced refreshes through snapshot and restore', () => {
    const { model, app, errcodeOf, advance } = modelWith();
    const replaced = model.serverTokens.issue(app).token;
    const current = model.serverTokens.issue(app).token;
    const forced = model.serverTokens.stable(app, true).token;
    const saved = model.serverTokens.snapshot();
    model.serverTokens.clear();
    expect(errcodeOf(current)).toBe(40001);
    model.serverTokens.restore(saved, model.registry);
    expect([errcodeOf(replaced), errcodeOf(current), errcodeOf(forced)]).toEqual([0, 0, 0]);
    // Within 30 s of the restored forced refresh, another answers the same token (docs/decisions/0028).
    expect(model.serverTokens.stable(app, true).token).toBe(forced);
    advance(300);
    expect([errcodeOf(replaced), errcodeOf(current)]).toEqual([40001, 0]);
  });

  it('forgets an app’s tokens when the app is reset', () => {
    const { model, app, errcodeOf } = modelWith();
    const token = model.serverTokens.issue(app).token;
    model.reset(app.appid);
    expect(errcodeOf(token)).toBe(40001);
  });
});
