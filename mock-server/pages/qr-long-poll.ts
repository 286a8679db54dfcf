import type { Context } from 'koa';
import type { HeldRequests } from '../core/held-requests.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import type { RequestSubject } from '../logging/record-request.js';
import type { LoginSession } from '../model/login-sessions.js';
import type { MockModel } from '../model/mock-model.js';
import { type PollAnswer, pollAnswer, pollScript } from './poll-answer.js';

/**
 * Resolves with the session's poll answer as soon as it differs from `last`, or when `holdMs` have passed,
 * the session expired (on the mock's clock, which the control plane can move), or `signal` aborted.
 */
export function awaitPollAnswer(
  model: MockModel,
  uuid: string,
  last: number,
  holdMs: number,
  signal: AbortSignal,
): Promise<PollAnswer> {
  return new Promise((resolve, reject) => {
    let expiryTimer: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (answer: PollAnswer) => {
      if (finished) return;
      finished = true;
      clearTimeout(holdTimer);
      clearTimeout(expiryTimer);
      stopWatching();
      signal.removeEventListener('abort', giveUp);
      resolve(answer);
    };
    // In memory a look is immediate; on a shared store each is a unit of work of its own (docs/decisions/0026),
    // woken by a move made on any process.
    const sessionNow = (then: (session: LoginSession | undefined) => void) => {
      const read = model.transact(() => model.sessions.get(uuid));
      if (read instanceof Promise) read.then(then, (error: unknown) => finished || reject(error));
      else then(read);
    };
    const look = (): void =>
      sessionNow((session) => {
        const answer = pollAnswer(session);
        if (session === undefined || answer.errcode !== last) {
          finish(answer);
          return;
        }
        if (finished) return;
        // Wake at expiry; never later than the hold, so a lifetime beyond setTimeout's range cannot overflow.
        clearTimeout(expiryTimer);
        expiryTimer = setTimeout(look, Math.min(session.expiresAt - model.clock.now() + 1, holdMs));
      });
    const giveUp = () => sessionNow((session) => finish(pollAnswer(session)));
    const holdTimer = setTimeout(giveUp, holdMs);
    const stopWatching = model.sessions.watch(look);
    signal.addEventListener('abort', giveUp);
    if (signal.aborted) giveUp();
    else look();
  });
}

/**
 * `GET /connect/l/qrconnect?uuid=&last=` (lp.open.weixin.qq.com, reference §1.2): held until the login's
 * state differs from `last` (408 when absent), at most `fidelity.longPollSeconds`; answers WeChat's script.
 * The hold ends early, answering the state as it stands (408 for "no change"), when the browser goes away,
 * newer holds need the room, or the mock closes.
 */
export function qrLongPoll(model: MockModel, held: HeldRequests) {
  return async (ctx: Context): Promise<RequestSubject> => {
    const query = requestQuery(ctx);
    const uuid = queryParam(query, 'uuid') ?? '';
    const last = Number.parseInt(queryParam(query, 'last') ?? '408', 10);
    const subject = { appid: (await model.transact(() => model.sessions.get(uuid)))?.app.appid, persona: undefined };
    const answer = await awaitPollAnswer(
      model,
      uuid,
      last,
      model.config.fidelity.longPollSeconds * 1000,
      held.hold(ctx.res),
    );
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'application/javascript';
    ctx.body = pollScript(answer);
    return subject;
  };
}
