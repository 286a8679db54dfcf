// Baseline: a bare Node `http` server answering every path with a fixed JSON body (see answers.mjs).
import { createServer } from 'node:http';
import { answerFor, listenOptions } from './answers.mjs';

const { port, host } = listenOptions();
const server = createServer((req, res) => {
  const { body, contentType, length } = answerFor(req.url);
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': length });
  res.end(body);
});
server.listen(port, host, () => {
  process.stdout.write(`bare-node listening on http://${host}:${server.address().port}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
