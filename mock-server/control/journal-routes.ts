import type Router from '@koa/router';
import type { Context } from 'koa';
import type { HeldRequests } from '../core/held-requests.js';
import { queryParam } from '../core/query-param.js';
import type { JournalFilter } from '../model/journal.js';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { reply } from './reply.js';
import { journalEntryView } from './views.js';
import { wholeNumberParam } from './whole-number-param.js';

function readFilter(ctx: Context): JournalFilter {
  const sinceText = queryParam(ctx.query, 'since');
  const since = sinceText === undefined ? undefined : Date.parse(sinceText);
  if (since !== undefined && Number.isNaN(since)) {
    throw new ControlError(400, 'bad_request', `"since" must be an ISO 8601 date-time, got "${sinceText}".`);
  }
  return {
    appid: queryParam(ctx.query, 'appid'),
    endpoint: queryParam(ctx.query, 'endpoint'),
    persona: queryParam(ctx.query, 'persona'),
    since,
    after: ctx.query.after === undefined ? undefined : wholeNumberParam(ctx, 'after', 0, 0, Number.MAX_SAFE_INTEGER),
    before: ctx.query.before === undefined ? undefined : wholeNumberParam(ctx, 'before', 1, 1, Number.MAX_SAFE_INTEGER),
    limit: wholeNumberParam(ctx, 'limit', 100, 1, 1000),
  };
}

/**
 * The request journal: read with filters, or long-polled (`wait`) until a matching request arrives, so a
 * test can say "wait until the client calls userinfo"; a wait is a held request (`held`). Secrets and tokens
 * are masked.
 */
export function journalRoutes(router: Router, model: MockModel, held: HeldRequests): void {
  router.get('/journal', async (ctx) => {
    const filter = readFilter(ctx);
    const wait = wholeNumberParam(ctx, 'wait', 0, 0, 30_000);
    const signal = wait === 0 ? undefined : held.hold(ctx.res);
    const entries = await model.journal.waitFor(filter, wait, signal);
    reply(ctx, { entries: entries.map(journalEntryView), lastId: model.journal.lastId });
  });
  router.delete('/journal', (ctx) => {
    model.journal.clear(queryParam(ctx.query, 'appid'));
    ctx.status = 204;
  });
}
