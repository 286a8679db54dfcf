import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config/validate-config.js';
import { createSystemClock } from '../core/clock.js';
import { cryptoRandom } from '../core/random-source.js';
import { MockModel } from './mock-model.js';
import type { App, Persona } from './registry.js';

/** A model on a frozen clock with two mini-programs and a persona with a phone number. */
function modelWith() {
  const clock = createSystemClock();
  clock.freeze();
  const model = new MockModel(validateConfig({}), clock, cryptoRandom);
  const mini = (appid: string) =>
    model.registry.addApp({
      appid,
      secret: 'a'.repeat(32),
      kind: 'mini-program',
      name: appid,
      account: null,
      callbackDomains: [],
      rateLimitPerMinute: 1000,
      followers: [],
      lifetimes: {},
    }) as App;
  const persona = model.registry.persona('zhangsan') as Persona;
  const phone = persona.phone ?? { countryCode: '86', number: '13800138000' };
  const errcodeOf = (code: string, app: App): number => {
    try {
      model.phoneCodes.redeem(code, app);
      return 0;
    } catch (error) {
      return (error as { errcode: number }).errcode;
    }
  };
  return { model, clock, mini, persona, phone, errcodeOf };
}

// The endpoint's answers are in the catalogue (phonenumber.*); these pin the book's own rules in memory.
describe('the phone codes (ML§4)', () => {
  it('redeems a code once: the second redemption answers 40029, as an unknown code does', () => {
    const { model, mini, persona, phone, errcodeOf } = modelWith();
    const app = mini('wx00000000000000aa');
    const { code } = model.phoneCodes.mint(app, persona, phone);
    expect(errcodeOf(code, app)).toBe(0);
    expect(errcodeOf(code, app)).toBe(40029);
    expect(model.phoneCodes.peek(code)).toBeUndefined();
  });

  it('answers 40013 to another mini-program and leaves the code unused', () => {
    const { model, mini, persona, phone, errcodeOf } = modelWith();
    const [mine, other] = [mini('wx00000000000000aa'), mini('wx00000000000000bb')];
    const { code } = model.phoneCodes.mint(mine, persona, phone);
    expect(errcodeOf(code, other)).toBe(40013);
    expect(errcodeOf(code, mine)).toBe(0);
  });

  it('lets a code expire after lifetimes.phoneCodeSeconds on the mock clock (40029)', () => {
    const { model, clock, mini, persona, phone, errcodeOf } = modelWith();
    const app = mini('wx00000000000000aa');
    const early = model.phoneCodes.mint(app, persona, phone).code;
    const late = model.phoneCodes.mint(app, persona, phone).code;
    clock.advance(299_000);
    expect(errcodeOf(early, app)).toBe(0);
    clock.advance(1000);
    expect(errcodeOf(late, app)).toBe(40029);
  });

  it('keeps a live code, its number and its minting time through snapshot and restore', () => {
    const { model, mini, persona, phone, errcodeOf } = modelWith();
    const app = mini('wx00000000000000aa');
    const { code } = model.phoneCodes.mint(app, persona, phone);
    const spent = model.phoneCodes.mint(app, persona, phone).code;
    model.phoneCodes.redeem(spent, app);
    const saved = model.phoneCodes.snapshot();
    expect(saved).toEqual([expect.objectContaining({ code, appid: app.appid, persona: persona.key, phone })]);
    model.phoneCodes.clear();
    expect(errcodeOf(code, app)).toBe(40029);
    model.phoneCodes.restore(saved, model.registry);
    expect(model.phoneCodes.redeem(code, app)).toMatchObject({ phone, mintedAt: saved[0]?.mintedAt });
  });
});
