import type Router from '@koa/router';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { clockView } from './views.js';

/**
 * The span the clock may be put in: a rid needs Unix seconds from 1970 on (reference §7; past 2106 its
 * 32-bit time group wraps, docs/decisions/0015), and every instant must stay an ISO 8601 date (far beyond
 * year 9999 a Date cannot be written at all).
 */
const EARLIEST = 0;
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const OUT_OF_RANGE = `The clock must stay between ${new Date(EARLIEST).toISOString()} and ${new Date(LATEST).toISOString()}.`;

function inRange(ms: number): number {
  if (ms < EARLIEST || ms > LATEST) throw new ControlError(400, 'bad_request', OUT_OF_RANGE);
  return ms;
}

function instant(body: Record<string, unknown>): number {
  const keys = Object.keys(body);
  if (keys.length === 1 && typeof body.to === 'string') {
    const ms = Date.parse(body.to);
    if (!Number.isNaN(ms) && /(Z|[+-]\d\d:?\d\d)$/.test(body.to)) return inRange(ms);
  }
  if (keys.length === 1 && Number.isSafeInteger(body.epochMs)) return inRange(body.epochMs as number);
  throw new ControlError(
    400,
    'bad_request',
    'Give exactly one of "to" (an ISO 8601 date-time with a time zone) or "epochMs" (a whole number).',
  );
}

/** The mock's clock: read, advanced, set, frozen and let run again. Every expiry follows it. */
export function clockRoutes(router: Router, model: MockModel): void {
  const { clock } = model;
  router.get('/clock', (ctx) => {
    reply(ctx, clockView(clock));
  });
  router.post('/clock/advance', async (ctx) => {
    const { seconds } = await readJsonBody(ctx);
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new ControlError(400, 'bad_request', '"seconds" must be a number of seconds, 0 or more.');
    }
    // Whole milliseconds, as the contract's epochMs and offsetMs are integers.
    const ms = Math.round(seconds * 1000);
    inRange(clock.now() + ms);
    clock.advance(ms);
    model.sessions.wakeWatchers();
    reply(ctx, clockView(clock));
  });
  router.post('/clock/set', async (ctx) => {
    clock.set(instant(await readJsonBody(ctx)));
    model.sessions.wakeWatchers();
    reply(ctx, clockView(clock));
  });
  router.post('/clock/freeze', (ctx) => {
    clock.freeze();
    reply(ctx, clockView(clock));
  });
  router.post('/clock/unfreeze', (ctx) => {
    clock.unfreeze();
    reply(ctx, clockView(clock));
  });
}
