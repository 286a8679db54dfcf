import { ErrCode } from '../../contract/index.js';
import type { RecordCodec, RecordStore } from '../core/record-store.js';
import type { BookDeps } from './book-deps.js';
import type { CodeSnapshot } from './model-snapshot.js';
import type { App, Persona, Registry } from './registry.js';
import { WeChatError } from './wechat-error.js';

export interface IssuedCode {
  readonly app: App;
  readonly persona: Persona;
  /** The login's scope; "" for a mini-program's wx.login code, which has none (ML§1). */
  readonly scope: string;
  readonly expiresAt: number;
  used: boolean;
}

/**
 * Authorization codes: bound to app, persona and scope, single use, short-lived (reference §6).
 * A code is remembered for one more lifetime after it expires so that reuse and expiry can be told
 * apart from a code that never existed. snsapi_base mints a code for every page request, credentials or
 * not, so each app keeps at most `limits.codesPerApp` codes, the oldest going first (docs/decisions/0015).
 */
export class CodeBook {
  readonly #store: RecordStore<IssuedCode>;
  readonly #deps: BookDeps;

  constructor(deps: BookDeps) {
    this.#store = deps.records('code', codeCodec(deps.registry), {
      perGroup: deps.limits.codesPerApp,
      groupOf: (code) => code.app.appid,
    });
    this.#deps = deps;
  }

  get size(): number {
    return this.#store.size;
  }

  /**
   * A new code for `persona` approving `app` with `scope`: 10 minutes for website apps, 5 for official
   * accounts (reference §6) and for mini-programs' wx.login codes (ML§1.4), 10 for mobile apps (ML§6.2),
   * unless the app sets its own.
   */
  mint(app: App, persona: Persona, scope: string): { code: string; expiresAt: number } {
    const lifetime = app.effectiveLifetimes.codeSeconds;
    const expiresAt = this.#deps.clock.now() + lifetime * 1000;
    const code = this.#deps.ids.code();
    this.#store.put(code, { app, persona, scope, expiresAt, used: false }, expiresAt + lifetime * 1000);
    return { code, expiresAt };
  }

  /**
   * Redeems `code` for `app` (reference §3.3, §6): another app's code is 40029 and stays unused;
   * an expired code is 40029 (or 42003 when configured); a second use is 40163, or for a wx.login code
   * `fidelity.reusedWxLoginCodeErrcode` (ML§1.4).
   */
  redeem(code: string, app: App): IssuedCode {
    const issued = this.#store.get(code);
    if (issued === undefined || issued.app.appid !== app.appid) throw new WeChatError(ErrCode.InvalidCode);
    if (issued.expiresAt <= this.#deps.clock.now()) throw new WeChatError(this.#deps.fidelity.expiredCodeErrcode);
    if (issued.used) {
      throw new WeChatError(
        app.kind === 'mini-program' ? this.#deps.fidelity.reusedWxLoginCodeErrcode : ErrCode.CodeBeenUsed,
      );
    }
    issued.used = true;
    return issued;
  }

  /** The code's record without redeeming it (for faults and the journal), if the mock still knows it. */
  peek(code: string): IssuedCode | undefined {
    return this.#store.get(code);
  }

  /** Burns a code as a failed exchange can (reference §3.3: a `-1` still consumes it): a redeem whose answer is lost. */
  burn(code: string, app: App): void {
    try {
      this.redeem(code, app);
    } catch {
      // Not redeemable (unknown, another app's, expired or used): nothing to burn.
    }
  }

  /** Forgets every code for which `predicate` holds (e.g. of a deleted app or persona). */
  purge(predicate: (code: IssuedCode) => boolean): void {
    this.#store.deleteWhere(predicate);
  }

  clear(): void {
    this.#store.clear();
  }

  /** Every code still remembered, live or spent, oldest first. */
  snapshot(): CodeSnapshot[] {
    return [...this.saved()];
  }

  /** The codes as `snapshot()` gives them, one at a time as the iteration reaches each (docs/decisions/0033). */
  *saved(): Generator<CodeSnapshot> {
    for (const [code, issued, keepUntil] of this.#store.liveEntries()) yield { code, ...saved(issued), keepUntil };
  }

  /** Replaces every code with `codes`, their apps and personas looked up in `registry` (which holds them all). */
  restore(codes: readonly CodeSnapshot[], registry: Registry): void {
    this.#store.clear();
    for (const { code, keepUntil, ...issued } of codes)
      this.#store.put(code, revived(issued, registry) as IssuedCode, keepUntil);
  }
}

type SavedCode = Omit<CodeSnapshot, 'code' | 'keepUntil'>;

function saved({ app, persona, scope, expiresAt, used }: IssuedCode): SavedCode {
  return { appid: app.appid, persona: persona.key, scope, expiresAt, used };
}

/** The code with its app and persona looked up, or undefined when either is gone. */
function revived({ appid, persona, scope, expiresAt, used }: SavedCode, registry: Registry): IssuedCode | undefined {
  const app = registry.app(appid);
  const person = registry.persona(persona);
  return app === undefined || person === undefined ? undefined : { app, persona: person, scope, expiresAt, used };
}

const codeCodec = (registry: () => Registry): RecordCodec<IssuedCode> => ({
  encode: (issued) => JSON.stringify(saved(issued)),
  decode: (text) => revived(JSON.parse(text) as SavedCode, registry()),
});
