import type { AppView, ClockView, Fault, GrantView, PersonaView } from '../../../contract/index.js';
import type { Api } from './api.js';
import type { T } from './i18n.js';

type Part = 'apps' | 'personas' | 'faults' | 'grants' | 'clock';

/**
 * What the dashboard shows besides the journal, read from the control plane; views subscribe to the parts
 * they draw and are redrawn when a part is reloaded.
 */
export class Store {
  apps: readonly AppView[] = [];
  personas: readonly PersonaView[] = [];
  faults: readonly Fault[] = [];
  grants: readonly GrantView[] = [];
  clock: ClockView | null = null;
  /** performance.now() when `clock` was read: a running clock is shown ticking from there. */
  clockReadAt = 0;
  readonly #listeners = new Map<Part, (() => void)[]>();

  constructor(
    readonly api: Api,
    readonly t: T,
    /** Shows an error to the person (an action failed). */
    readonly fail: (error: unknown) => void,
  ) {}

  on(part: Part, listener: () => void): void {
    this.#listeners.set(part, [...(this.#listeners.get(part) ?? []), listener]);
  }

  async load(...parts: Part[]): Promise<void> {
    await Promise.all(parts.map((part) => this.#load(part)));
    for (const part of parts) for (const listener of this.#listeners.get(part) ?? []) listener();
  }

  /** Runs an action, then reloads what it changed; failures are shown, not thrown. */
  async act(action: () => Promise<unknown>, ...reload: Part[]): Promise<boolean> {
    try {
      await action();
      await this.load(...reload);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** The mock's current instant in ms, ticking locally while the clock runs. */
  now(): number {
    if (this.clock === null) return Date.now();
    return this.clock.epochMs + (this.clock.frozen ? 0 : performance.now() - this.clockReadAt);
  }

  async #load(part: Part): Promise<void> {
    switch (part) {
      case 'apps':
        this.apps = (await this.api<{ apps: AppView[] }>('GET', '/apps')).apps;
        return;
      case 'personas':
        this.personas = (await this.api<{ personas: PersonaView[] }>('GET', '/personas')).personas;
        return;
      case 'faults':
        this.faults = (await this.api<{ faults: Fault[] }>('GET', '/faults')).faults;
        return;
      case 'grants':
        this.grants = (await this.api<{ grants: GrantView[] }>('GET', '/grants?limit=200')).grants;
        return;
      case 'clock':
        this.clock = await this.api<ClockView>('GET', '/clock');
        this.clockReadAt = performance.now();
        return;
    }
  }
}
