/** The client's notion of now, injectable so that token expiry and state lifetimes can be tested. */
export interface ClientClock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The wall clock. */
export const systemClock: ClientClock = { now: () => Date.now() };
