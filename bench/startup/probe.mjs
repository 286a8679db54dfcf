// Preloaded with `node --import ./bench/startup/probe.mjs <program> --port N` to see where a program's
// start-up goes, without knowing how it is built: marks when user code starts (after Node's own boot),
// when the program calls server.listen() (its modules loaded and its app built), when it listens, when
// the first connection comes in, and when the first answer is handed to the socket. Writes
// `BENCH_MARKS {json}` to stderr at that answer.
import { Server } from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const marks = { userCode: performance.now() };
const listen = Server.prototype.listen;
Server.prototype.listen = function (...args) {
  marks.listenCalled ??= performance.now();
  this.once('listening', () => {
    marks.listening ??= performance.now();
  });
  // Listeners added here run after the program's own: 'connection' has none in a plain server, while
  // 'request' would fire only after the program's handler ran, so the first answer is timed from the
  // connection.
  this.once('connection', () => {
    marks.firstConnection ??= performance.now();
  });
  this.once('request', (_req, res) => {
    res.once('finish', () => {
      marks.firstResponse ??= performance.now();
      marks.cjsModules = Object.keys(createRequire(import.meta.url).cache).length;
      process.stderr.write(`BENCH_MARKS ${JSON.stringify(marks)}\n`);
    });
  });
  return listen.apply(this, args);
};
