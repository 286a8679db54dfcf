import type { SnsEndpoint } from '../../contract/index.js';
import { seededRandom } from '../core/seeded-random.js';
import type { FaultsSnapshot } from './model-snapshot.js';

export type FaultEffectSpec =
  | { readonly type: 'errcode'; readonly errcode: number; readonly errmsg?: string }
  | { readonly type: 'http-status'; readonly status: number; readonly body?: string; readonly contentType?: string }
  | { readonly type: 'delay'; readonly ms: number }
  | { readonly type: 'drop-connection' }
  | { readonly type: 'truncated-body'; readonly bytes?: number }
  | { readonly type: 'non-json-body'; readonly body?: string; readonly contentType?: string }
  | { readonly type: 'content-type'; readonly contentType: string };

export interface FaultMatchSpec {
  readonly endpoint?: SnsEndpoint;
  readonly appid?: string;
  readonly persona?: string;
  /** The rule starts firing at the nth call that matches (1-based). */
  readonly nth: number;
}

/** A validated fault as it comes from the config file or the control API. */
export interface FaultSpec {
  readonly match: FaultMatchSpec;
  readonly effect: FaultEffectSpec;
  readonly times: number | 'always';
  readonly probability: number;
  readonly seed?: string;
}

export interface FaultRule extends Omit<FaultSpec, 'seed'> {
  readonly id: string;
  readonly seed: string;
  readonly createdAt: number;
  matched: number;
  fired: number;
}

/** What a request is about, as far as faults match it. */
export interface FaultSubject {
  readonly endpoint: SnsEndpoint;
  readonly appid: string | undefined;
  readonly persona: string | undefined;
}

/**
 * Scripted failures (like WireMock's scenarios or msw's `server.use`): ordered rules that each count the
 * calls they match and fire once, n times or always, from their nth match on, with a seeded probability.
 * The first rule that fires decides the answer.
 */
export class FaultRules {
  readonly #rules = new Map<string, FaultRule>();
  readonly #random = new Map<string, () => number>();
  /** Draws made per rule, so a restored rule's generator continues its sequence. */
  readonly #draws = new Map<string, number>();
  readonly #seedBase: string;
  #nextId = 1;
  #revision = 0;

  constructor(seedBase: string) {
    this.#seedBase = seedBase;
  }

  get size(): number {
    return this.#rules.size;
  }

  /** Moves on every change (rules, counts), so a shared store can tell whether a request changed them. */
  get revision(): number {
    return this.#revision;
  }

  add(spec: FaultSpec, now: number): FaultRule {
    const id = `f${this.#nextId++}`;
    const rule: FaultRule = {
      id,
      match: spec.match,
      effect: spec.effect,
      times: spec.times,
      probability: spec.probability,
      seed: spec.seed ?? `${this.#seedBase}/${id}`,
      createdAt: now,
      matched: 0,
      fired: 0,
    };
    this.#install(rule, 0);
    this.#revision++;
    return rule;
  }

  get(id: string): FaultRule | undefined {
    return this.#rules.get(id);
  }

  list(appid?: string): FaultRule[] {
    return [...this.#rules.values()].filter((rule) => appid === undefined || rule.match.appid === appid);
  }

  remove(id: string): boolean {
    this.#random.delete(id);
    this.#draws.delete(id);
    this.#revision++;
    return this.#rules.delete(id);
  }

  /** Removes every rule, or those scoped to one app. */
  clear(appid?: string): void {
    for (const rule of this.list(appid)) this.remove(rule.id);
  }

  /** Counts the call against every rule it matches and returns the first rule that fires, if any. */
  pick(subject: FaultSubject): FaultRule | undefined {
    if (this.#rules.size === 0) return undefined;
    let firing: FaultRule | undefined;
    for (const rule of this.#rules.values()) {
      const { endpoint, appid, persona, nth } = rule.match;
      if (endpoint !== undefined && endpoint !== subject.endpoint) continue;
      if (appid !== undefined && appid !== subject.appid) continue;
      if (persona !== undefined && persona !== subject.persona) continue;
      rule.matched++;
      this.#revision++;
      if (firing !== undefined || rule.matched < nth) continue;
      if (rule.times !== 'always' && rule.fired >= rule.times) continue;
      const draw = this.#random.get(rule.id) as () => number;
      if (rule.probability < 1) {
        this.#draws.set(rule.id, (this.#draws.get(rule.id) ?? 0) + 1);
        if (draw() >= rule.probability) continue;
      }
      rule.fired++;
      firing = rule;
    }
    return firing;
  }

  /** Every rule in order, with its counts. */
  snapshot(): FaultsSnapshot {
    const rules = [...this.#rules.values()].map((rule) => ({ ...rule, draws: this.#draws.get(rule.id) ?? 0 }));
    return { nextId: this.#nextId, rules };
  }

  /** Replaces every rule with the snapshot's, counts and draws included. */
  restore(snapshot: FaultsSnapshot): void {
    this.clear();
    for (const { draws, ...rule } of snapshot.rules) this.#install({ ...rule }, draws);
    this.#nextId = snapshot.nextId;
    this.#revision++;
  }

  #install(rule: FaultRule, draws: number): void {
    const random = seededRandom(rule.seed);
    for (let i = 0; i < draws; i++) random();
    this.#rules.set(rule.id, rule);
    this.#random.set(rule.id, random);
    this.#draws.set(rule.id, draws);
  }
}
