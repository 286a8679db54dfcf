// The container's HEALTHCHECK (Dockerfile): the image has no curl, so Node asks the mock's
// /__mock/health itself, on the port and host the CLI reads from the same environment variables.
// Exits 0 when the mock answers 200 and 1 otherwise, as Docker expects.
import { parseCliOptions } from './cli-options.js';
import { localUrl } from './local-url.js';

const TIMEOUT_MS = 2000;

const { host, port } = parseCliOptions([], process.env);
fetch(`${localUrl(host, port)}/__mock/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
  (response) => process.exit(response.status === 200 ? 0 : 1),
  () => process.exit(1),
);
