import { ErrCode } from '../contract/index.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from './retry-policy.js';
import { parseJsonObject } from './tolerant-json.js';
import { WeChatApiError } from './wechat-api-error.js';
import { WeChatTransportError } from './wechat-transport-error.js';

/** What a call to WeChat's /sns API needs from the client's options. */
export interface SnsTransport {
  readonly apiBaseUrl: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  /** Waits between attempts; injectable so tests need not sleep. */
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const DEFAULT_TRANSPORT = { timeoutMs: 10_000, retry: DEFAULT_RETRY_POLICY, sleep: defaultSleep } as const;

/**
 * `idempotent` calls may be sent again after `-1` or any transport failure; a code exchange
 * (`burns-code`) only when the request never left the machine (reference §3.3).
 */
export type CallKind = 'idempotent' | 'burns-code';

/** The fields a success body must have, and their JSON types. */
export type BodyShape = Readonly<Record<string, 'string' | 'number' | 'array' | 'object'>>;

/** A failure of `callSns` that is worth another attempt. */
function isRetryable(error: unknown, kind: CallKind): boolean {
  if (error instanceof WeChatApiError) return kind === 'idempotent' && error.errcode === ErrCode.SystemError;
  if (!(error instanceof WeChatTransportError)) return false;
  if (error.neverSent) return true;
  if (kind === 'burns-code') return false;
  return error.failure !== 'http-status' || (error.status ?? 0) >= 500 || error.status === 429;
}

/**
 * GETs `endpoint` with `params` in the query string (the only place /sns reads them, reference §3.1), or
 * POSTs `json` as a JSON body with them in the query (the /cgi-bin and /wxa APIs that take one, ML§4.2,
 * ML§5.2), retrying as the policy allows, and answers the body when errcode is absent or 0.
 * Throws WeChatApiError for WeChat's errors and WeChatTransportError for everything below them.
 */
export async function callSns(
  transport: SnsTransport,
  endpoint: string,
  params: Readonly<Record<string, string>>,
  kind: CallKind,
  shape: BodyShape,
  json?: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  for (let retry = 0; ; retry++) {
    try {
      return await callOnce(transport, endpoint, params, shape, json);
    } catch (error) {
      if (retry >= transport.retry.retries || !isRetryable(error, kind)) throw error;
      await transport.sleep(retryDelayMs(transport.retry, retry + 1));
    }
  }
}

async function callOnce(
  transport: SnsTransport,
  endpoint: string,
  params: Readonly<Record<string, string>>,
  shape: BodyShape,
  json: Readonly<Record<string, unknown>> | undefined,
): Promise<Record<string, unknown>> {
  const query = new URLSearchParams(params).toString();
  const url = `${transport.apiBaseUrl.replace(/\/+$/, '')}${endpoint}${query === '' ? '' : `?${query}`}`;
  let status: number;
  let text: string;
  try {
    const response = await transport.fetch(url, {
      ...(json === undefined
        ? { headers: { accept: 'application/json' } }
        : {
            method: 'POST',
            headers: { accept: 'application/json', 'content-type': 'application/json' },
            body: JSON.stringify(json),
          }),
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    status = response.status;
    // WeChat sends UTF-8 without a usable charset (reference §9): decode as UTF-8 whatever the header says.
    text = new TextDecoder('utf-8').decode(await response.arrayBuffer());
  } catch (error) {
    throw transportFailure(endpoint, error, transport.timeoutMs);
  }
  const excerpt = text.slice(0, 200);
  if (status !== 200) {
    throw new WeChatTransportError(`HTTP ${status} instead of WeChat's 200`, {
      endpoint,
      failure: 'http-status',
      status,
      bodyExcerpt: excerpt,
    });
  }
  const body = parseJsonObject(text);
  if (body === null) {
    throw new WeChatTransportError(`the answer is not a JSON object: ${JSON.stringify(excerpt)}`, {
      endpoint,
      failure: 'invalid-body',
      status,
      bodyExcerpt: excerpt,
    });
  }
  const { errcode, errmsg } = body;
  if (errcode !== undefined && errcode !== 0) {
    if (typeof errcode !== 'number') {
      throw new WeChatTransportError(`errcode is not a number: ${JSON.stringify(excerpt)}`, {
        endpoint,
        failure: 'invalid-body',
        status,
        bodyExcerpt: excerpt,
      });
    }
    throw new WeChatApiError(endpoint, errcode, typeof errmsg === 'string' ? errmsg : '');
  }
  const missing = Object.entries(shape).filter(([field, type]) => !hasType(body[field], type));
  if (missing.length > 0) {
    const fields = missing.map(([field, type]) => `${field} (${type})`).join(', ');
    throw new WeChatTransportError(`the answer lacks ${fields}: ${JSON.stringify(excerpt)}`, {
      endpoint,
      failure: 'invalid-body',
      status,
      bodyExcerpt: excerpt,
    });
  }
  return body;
}

function hasType(value: unknown, type: BodyShape[string]): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

// Connection errors that happen before a single byte of the request is sent.
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function transportFailure(endpoint: string, error: unknown, timeoutMs: number): WeChatTransportError {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new WeChatTransportError(`no complete answer within ${timeoutMs} ms`, {
      endpoint,
      failure: 'timeout',
      cause: error,
    });
  }
  const codes = errorCodes(error);
  const neverSent = codes.length > 0 && codes.every((code) => NEVER_SENT_CODES.has(code));
  const reason = codes.length > 0 ? codes.join(', ') : error instanceof Error ? error.message : String(error);
  return new WeChatTransportError(`the connection failed (${reason})`, {
    endpoint,
    failure: 'network',
    neverSent,
    cause: error,
  });
}

/** The system error codes behind a failed fetch: undici wraps them in `cause`, sometimes in an AggregateError. */
function errorCodes(error: unknown): string[] {
  const cause = error instanceof Error ? error.cause : undefined;
  const errors = cause instanceof AggregateError ? cause.errors : [cause];
  return errors
    .map((item) => (typeof item === 'object' && item !== null ? (item as { code?: unknown }).code : undefined))
    .filter((code): code is string => typeof code === 'string');
}
