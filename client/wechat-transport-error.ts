/**
 * Why a call to WeChat produced no usable answer:
 * - `timeout`: no complete answer within the client's timeout;
 * - `network`: the connection failed (refused, reset, DNS);
 * - `http-status`: an HTTP status other than 200 (WeChat answers every error with 200, reference §9);
 * - `invalid-body`: the body is not JSON, or JSON without the fields the endpoint promises.
 */
export type TransportFailure = 'timeout' | 'network' | 'http-status' | 'invalid-body';

export interface TransportErrorDetails {
  readonly endpoint: string;
  readonly failure: TransportFailure;
  /** The HTTP status, when an answer arrived. */
  readonly status?: number;
  /** The start of the body (at most 200 characters), when one arrived. */
  readonly bodyExcerpt?: string;
  /** True only when the request provably never reached the server (e.g. connection refused). */
  readonly neverSent?: boolean;
  readonly cause?: unknown;
}

/** A call to WeChat failed below the level of WeChat's own errcodes. */
export class WeChatTransportError extends Error {
  override readonly name = 'WeChatTransportError';
  readonly endpoint: string;
  readonly failure: TransportFailure;
  readonly status: number | null;
  readonly bodyExcerpt: string | null;
  readonly neverSent: boolean;

  constructor(message: string, details: TransportErrorDetails) {
    super(`WeChat ${details.endpoint}: ${message}`, details.cause === undefined ? {} : { cause: details.cause });
    this.endpoint = details.endpoint;
    this.failure = details.failure;
    this.status = details.status ?? null;
    this.bodyExcerpt = details.bodyExcerpt ?? null;
    this.neverSent = details.neverSent ?? false;
  }
}
