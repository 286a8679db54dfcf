// Baseline: a bare Koa app (one middleware, no router) answering every path with a fixed JSON body.
import { createServer } from 'node:http';
import Koa from 'koa';
import { answerFor, listenOptions } from './answers.mjs';

const { port, host } = listenOptions();
const app = new Koa();
app.silent = true;
app.use((ctx) => {
  const { body, contentType } = answerFor(ctx.url);
  ctx.status = 200;
  ctx.body = body;
  ctx.set('Content-Type', contentType);
});
const server = createServer(app.callback());
server.listen(port, host, () => {
  process.stdout.write(`bare-koa listening on http://${host}:${server.address().port}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
