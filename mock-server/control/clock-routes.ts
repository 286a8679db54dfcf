import type Router from '@koa/router';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { clockView } from './views.js';

function instant(body: Record<string, unknown>): number {
  const keys = Object.keys(body);
  if (keys.length === 1 && typeof body.to === 'string') {
    const ms = Date.parse(body.to);
    if (!Number.isNaN(ms) && /(Z|[+-]\d\d:?\d\d)$/.test(body.to)) return ms;
  }
  if (keys.length === 1 && Number.isSafeInteger(body.epochMs)) return body.epochMs as number;
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
    ctx.body = clockView(clock);
  });
  router.post('/clock/advance', async (ctx) => {
    const { seconds } = await readJsonBody(ctx);
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new ControlError(400, 'bad_request', '"seconds" must be a number of seconds, 0 or more.');
    }
    clock.advance(seconds * 1000);
    model.tokens.sweep();
    ctx.body = clockView(clock);
  });
  router.post('/clock/set', async (ctx) => {
    clock.set(instant(await readJsonBody(ctx)));
    model.tokens.sweep();
    ctx.body = clockView(clock);
  });
  router.post('/clock/freeze', (ctx) => {
    clock.freeze();
    ctx.body = clockView(clock);
  });
  router.post('/clock/unfreeze', (ctx) => {
    clock.unfreeze();
    ctx.body = clockView(clock);
  });
}
