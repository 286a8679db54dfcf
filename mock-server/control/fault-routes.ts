import type Router from '@koa/router';
import { readFault } from '../config/read-fault.js';
import { queryParam } from '../core/query-param.js';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { readInput } from './read-input.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { faultView } from './views.js';

/** Scripted failures: added, listed (all, or one app's), read and removed (one, one app's, or all) at runtime. */
export function faultRoutes(router: Router, model: MockModel): void {
  const fault = (id: string) => {
    const found = model.faults.get(id);
    if (found === undefined) throw new ControlError(404, 'unknown_fault', `No fault has the id ${id}.`);
    return found;
  };
  router.get('/faults', (ctx) => {
    reply(ctx, { faults: model.faults.list(queryParam(ctx.query, 'appid')).map(faultView) });
  });
  router.post('/faults', async (ctx) => {
    const body = await readJsonBody(ctx);
    const spec = readInput(
      'The fault',
      (r) => readFault(r, body, ''),
      (r, { match }) => {
        if (match.appid !== undefined && model.registry.app(match.appid) === undefined) {
          r.fail('match.appid', `no app has the appid ${match.appid}`);
        }
        if (match.persona !== undefined && model.registry.persona(match.persona) === undefined) {
          r.fail('match.persona', `no persona has the key ${match.persona}`);
        }
      },
    );
    ctx.status = 201;
    reply(ctx, faultView(model.faults.add(spec, model.clock.now())));
  });
  router.delete('/faults', (ctx) => {
    model.faults.clear(queryParam(ctx.query, 'appid'));
    ctx.status = 204;
  });
  router.get('/faults/:id', (ctx) => {
    reply(ctx, faultView(fault(ctx.params.id as string)));
  });
  router.delete('/faults/:id', (ctx) => {
    model.faults.remove(fault(ctx.params.id as string).id);
    ctx.status = 204;
  });
}
