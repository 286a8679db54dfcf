import type { ServerResponse } from 'node:http';

/**
 * The requests the mock holds open (the QR page's long poll, the journal's wait), at most `limit` at once.
 *
 * Holding one more ends the oldest hold at once: it answers with what it has, which for the long poll is
 * WeChat's "no change" (408, reference §1.2), so a flood cannot pile up held requests (docs/decisions/0015).
 * Closing the mock ends every hold through one listener on `closing`, however many are held, rather than
 * one listener per request (which Node reports as MaxListenersExceededWarning past 10). `settled()` tells
 * when every hold's answer has gone out, so the server closes its connections only after that.
 */
export class HeldRequests {
  readonly #limit: number;
  readonly #closing: AbortSignal;
  /** Holds still running, oldest first (a Set keeps insertion order). */
  readonly #holds = new Set<AbortController>();
  /** Responses of held requests not yet closed: answered, or the connection gone. */
  readonly #unanswered = new Set<ServerResponse>();
  #whenSettled: (() => void)[] = [];

  constructor(limit: number, closing: AbortSignal) {
    this.#limit = limit;
    this.#closing = closing;
    closing.addEventListener('abort', () => this.#endAll(), { once: true });
  }

  /** How many requests are held now. */
  get size(): number {
    return this.#holds.size;
  }

  /**
   * Holds the request answered by `response`. The signal aborts when the hold must end: the client went
   * away, a newer hold needed the room, or the mock is closing. The hold counts until its answer is sent.
   */
  hold(response: ServerResponse): AbortSignal {
    const hold = new AbortController();
    if (this.#closing.aborted) {
      hold.abort();
      return hold.signal;
    }
    if (this.#holds.size >= this.#limit) this.#end(this.#holds.values().next().value as AbortController);
    this.#holds.add(hold);
    this.#unanswered.add(response);
    response.once('close', () => {
      this.#end(hold);
      this.#unanswered.delete(response);
      if (this.#unanswered.size === 0) for (const resolve of this.#whenSettled.splice(0)) resolve();
    });
    return hold.signal;
  }

  /** Resolves once every held request has been answered (or its connection has gone). */
  settled(): Promise<void> {
    if (this.#unanswered.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#whenSettled.push(resolve));
  }

  #end(hold: AbortController): void {
    this.#holds.delete(hold);
    hold.abort();
  }

  #endAll(): void {
    for (const hold of [...this.#holds]) this.#end(hold);
  }
}
