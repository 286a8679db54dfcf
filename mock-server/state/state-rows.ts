import type { CodeSnapshot, GrantSnapshot, RegistrySnapshot } from '../model/model-snapshot.js';

/**
 * The grants and codes of a version 2 state file as rows (docs/decisions/0033): arrays in a fixed order, their
 * appid, persona key and scope given as indices into the file's `names`, so the tens of thousands of rows a
 * load test leaves hold little more than their tokens, and are written and parsed without a key per field.
 */
export const GRANT_ROW = [
  'appid',
  'persona',
  'scope',
  'accessToken',
  'accessExpiresAt',
  'refreshToken',
  'refreshExpiresAt',
] as const;
export const CODE_ROW = ['appid', 'persona', 'scope', 'code', 'expiresAt', 'used', 'keepUntil'] as const;

/** The names a file's rows refer to by index. */
export interface RowNames {
  readonly appids: readonly string[];
  readonly personas: readonly string[];
  readonly scopes: readonly string[];
}

/**
 * What a token or code the mock issues is made of (reference §7): it needs no escaping in JSON. Tokens and
 * codes enter the model only from the mock's own generator or from a state file, whose reader refuses any
 * other (read-snapshot.ts), so the rows quote them as they are: checking each one took about a third of a
 * save's CPU time.
 */
export const ISSUED = /^[A-Za-z0-9_-]{1,512}$/;

/** One list of names, each given the next index the first time it is met. */
class NameList {
  readonly #indices = new Map<string, number>();

  index(name: string): number {
    let index = this.#indices.get(name);
    if (index === undefined) {
      index = this.#indices.size;
      this.#indices.set(name, index);
    }
    return index;
  }

  get names(): string[] {
    return [...this.#indices.keys()];
  }
}

/** Encodes rows, collecting the names they refer to (written after the rows, once all are known). */
export class RowEncoder {
  readonly #appids = new NameList();
  readonly #personas = new NameList();
  readonly #scopes = new NameList();

  grant(grant: GrantSnapshot): string {
    return `[${this.#who(grant)},"${grant.accessToken}",${grant.accessExpiresAt},"${grant.refreshToken}",${grant.refreshExpiresAt}]`;
  }

  code(code: CodeSnapshot): string {
    return `[${this.#who(code)},"${code.code}",${code.expiresAt},${code.used},${code.keepUntil}]`;
  }

  get names(): RowNames {
    return { appids: this.#appids.names, personas: this.#personas.names, scopes: this.#scopes.names };
  }

  /**
   * The first appid or persona key the rows name that `registry` no longer holds: one deleted while the rows
   * were read, which the file must not name (a reader would refuse it).
   */
  missingFrom(registry: RegistrySnapshot): string | undefined {
    const appids = new Set(registry.apps.map((app) => app.appid));
    const personas = new Set(registry.personas.map((persona) => persona.key));
    return (
      this.#appids.names.find((appid) => !appids.has(appid)) ?? this.#personas.names.find((key) => !personas.has(key))
    );
  }

  #who({ appid, persona, scope }: { appid: string; persona: string; scope: string }): string {
    return `${this.#appids.index(appid)},${this.#personas.index(persona)},${this.#scopes.index(scope)}`;
  }
}
