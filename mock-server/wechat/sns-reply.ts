import type { ServerResponse } from 'node:http';
import { type SnsAnswer, snsBodyText } from './sns-body.js';

/** What goes on the wire for an /sns request, and the errcode the log and the journal note for it. */
export interface SnsReply {
  readonly status: number;
  readonly contentType: string;
  /** A Buffer only when a fault cuts the body short (it may end inside a UTF-8 character). */
  readonly body: string | Buffer;
  readonly errcode: number | undefined;
}

/** WeChat's way to send an answer (reference §9): HTTP 200 whatever happened, with the given Content-Type. */
export const snsReply = (answer: SnsAnswer, contentType: string): SnsReply => ({
  status: 200,
  contentType,
  body: snsBodyText(answer.body),
  errcode: answer.errcode,
});

/** Statuses whose responses carry no body, and so no Content-Type or Content-Length (RFC 9110 §15). */
const BODILESS = new Set([204, 205, 304]);

/** The headers `writeSnsReply` sets for a reply (names lowercase), as the journal keeps them. */
export function snsReplyHeaders(reply: SnsReply): Record<string, string> {
  if (BODILESS.has(reply.status)) return {};
  return { 'content-type': reply.contentType, 'content-length': String(Buffer.byteLength(reply.body)) };
}

/**
 * Writes a reply with `Content-Type` then `Content-Length` (`headers`, from `snsReplyHeaders`), nothing else
 * but what Node adds (Date, Connection, Keep-Alive): the headers WeChat's nginx is seen to send (reference
 * §9). HEAD gets the same headers and no body.
 */
export function writeSnsReply(
  res: ServerResponse,
  reply: SnsReply,
  headers: Record<string, string>,
  method: string,
): void {
  res.statusCode = reply.status;
  const length = headers['content-length'];
  if (length === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', reply.contentType);
  res.setHeader('Content-Length', length);
  if (method === 'HEAD') res.end();
  else res.end(reply.body);
}
