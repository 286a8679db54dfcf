import { ErrCode } from '../../contract/index.js';
import type { PersonaPhone } from '../config/mock-config.js';
import type { RecordCodec, RecordStore } from '../core/record-store.js';
import type { BookDeps } from './book-deps.js';
import type { PhoneCodeSnapshot } from './model-snapshot.js';
import type { App, Persona, Registry } from './registry.js';
import { WeChatError } from './wechat-error.js';

/** A code of the getPhoneNumber button: whose number, for which mini-program, since when (the watermark). */
export interface PhoneCode {
  readonly app: App;
  readonly persona: Persona;
  /** The number the persona had when the button was pressed. */
  readonly phone: PersonaPhone;
  /** When the user pressed the button: the watermark's timestamp (ML§4.2). */
  readonly mintedAt: number;
}

/**
 * The phone codes of the getPhoneNumber button (ML§4.1): 64 lower-case hex, 5 minutes
 * (`lifetimes.phoneCodeSeconds`), single use. A code kind of its own, apart from the wx.login codes of
 * CodeBook, so the two never mix (ML§9, item 3). A used code is forgotten, since reuse answers the same 40029
 * as an unknown one (ML§4.2); each app keeps at most `limits.codesPerApp`, the oldest going first. The codes
 * are records of `deps.records`, so a code redeemed on one process is gone on every other (docs/decisions/0032).
 */
export class PhoneCodes {
  readonly #store: RecordStore<PhoneCode>;
  readonly #deps: BookDeps;
  readonly #lifetimeMs: number;

  /** `lifetimeSeconds`: how long a code lives, `lifetimes.phoneCodeSeconds` (300, ML§4.1). */
  constructor(deps: BookDeps, lifetimeSeconds: number) {
    this.#store = deps.records('phone-code', phoneCodeCodec(deps.registry), {
      perGroup: deps.limits.codesPerApp,
      groupOf: (code) => code.app.appid,
    });
    this.#deps = deps;
    this.#lifetimeMs = lifetimeSeconds * 1000;
  }

  /** A new code for `persona`'s number in `app`, as if they had pressed the button now. */
  mint(app: App, persona: Persona, phone: PersonaPhone): { code: string; expiresAt: number } {
    const mintedAt = this.#deps.clock.now();
    const expiresAt = mintedAt + this.#lifetimeMs;
    const code = this.#deps.ids.phoneCode();
    this.#store.put(code, { app, persona, phone, mintedAt }, expiresAt);
    return { code, expiresAt };
  }

  /**
   * Redeems a code for `app` (ML§4.2): unknown, expired or used is 40029; another mini-program's is 40013 and
   * stays unused (the token, not the code, is what is wrong).
   */
  redeem(code: string, app: App): PhoneCode {
    const issued = this.#store.get(code);
    if (issued === undefined) throw new WeChatError(ErrCode.InvalidCode);
    if (issued.app.appid !== app.appid) throw new WeChatError(ErrCode.InvalidAppid);
    this.#store.delete(code);
    return issued;
  }

  /** The code's record without redeeming it (for faults and the journal). */
  peek(code: string): PhoneCode | undefined {
    return code === '' ? undefined : this.#store.get(code);
  }

  /** Forgets every code for which `predicate` holds (of a deleted app or persona). */
  purge(predicate: (code: PhoneCode) => boolean): void {
    this.#store.deleteWhere(predicate);
  }

  clear(): void {
    this.#store.clear();
  }

  /** Every live code, oldest first. */
  snapshot(): PhoneCodeSnapshot[] {
    const codes: PhoneCodeSnapshot[] = [];
    for (const [code, issued, expiresAt] of this.#store.liveEntries())
      codes.push({ code, ...saved(issued), expiresAt });
    return codes;
  }

  /** Replaces every code with `codes`, their apps and personas looked up in `registry` (which holds them all). */
  restore(codes: readonly PhoneCodeSnapshot[], registry: Registry): void {
    this.#store.clear();
    for (const { code, expiresAt, ...issued } of codes)
      this.#store.put(code, revived(issued, registry) as PhoneCode, expiresAt);
  }
}

type SavedPhoneCode = Omit<PhoneCodeSnapshot, 'code' | 'expiresAt'>;

function saved({ app, persona, phone, mintedAt }: PhoneCode): SavedPhoneCode {
  return { appid: app.appid, persona: persona.key, phone, mintedAt };
}

/** The code with its app and persona looked up, or undefined when either is gone. */
function revived({ appid, persona, phone, mintedAt }: SavedPhoneCode, registry: Registry): PhoneCode | undefined {
  const app = registry.app(appid);
  const person = registry.persona(persona);
  return app === undefined || person === undefined ? undefined : { app, persona: person, phone, mintedAt };
}

const phoneCodeCodec = (registry: () => Registry): RecordCodec<PhoneCode> => ({
  encode: (code) => JSON.stringify(saved(code)),
  decode: (text) => revived(JSON.parse(text) as SavedPhoneCode, registry()),
});
