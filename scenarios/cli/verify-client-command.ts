import { parseArgs } from 'node:util';
import {
  connectMock,
  DEFAULT_MOCK_PORT,
  loadConfigFile,
  startMockServer,
  UsageError,
} from '../../mock-server/index.js';
import { verifyClient } from '../client-conformance/verify-client.js';
import { finishRun, printProgress } from './command-output.js';

export const VERIFY_CLIENT_USAGE = `Usage: wechat-oauth-mock verify-client --start-url URL [options]

Plays WeChat (the mock) and the browser for a website's WeChat login: opens the site's login URL, approves
on the mock's page, follows the callback, injects one fault per check, and judges from the site's answers
and the mock's journal. Exits 1 when a check failed.

The site must log in through the mock: either one this command starts (on --port, default ${DEFAULT_MOCK_PORT}, with
the built-in demo or --config; point the site at its URL and the demo app before running), or one already
running (--mock-url, with --control-token if it demands one).

Options:
  --start-url URL      the site's login URL (required)
  --mock-url URL       a mock that is already running
  --control-token T    its control plane's token (env WECHAT_MOCK_CONTROL_TOKEN)
  --port N             the port of the mock this command starts (default ${DEFAULT_MOCK_PORT})
  --config FILE        its configuration (default: the built-in demo)
  --persona KEY        who approves on the mock's page (default: the first persona shown)
  --wechat-hosts       the site sends the browser to WeChat's own hosts and its server reaches the mock
                       through the preload (node --import wechat-oauth-mock/intercept, WECHAT_MOCK_URL set
                       to the mock's URL): the browser then goes to the mock wherever the site sends it to WeChat
  --reports DIR        where to write verify-client.json and verify-client.junit.xml (default reports/conformance)
  -h, --help           show this help`;

/** `wechat-oauth-mock verify-client …`: answers the exit code. */
export async function verifyClientCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'start-url': { type: 'string' },
      'mock-url': { type: 'string' },
      'control-token': { type: 'string' },
      port: { type: 'string' },
      config: { type: 'string' },
      persona: { type: 'string' },
      'wechat-hosts': { type: 'boolean' },
      reports: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${VERIFY_CLIENT_USAGE}\n`);
    return 0;
  }
  const startUrl = values['start-url'];
  if (startUrl === undefined) throw new UsageError('--start-url is required');
  const port = Number(values.port ?? DEFAULT_MOCK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0 to 65535');
  const token = values['control-token'] ?? (env.WECHAT_MOCK_CONTROL_TOKEN || undefined);
  const mock =
    values['mock-url'] === undefined
      ? await startMockServer({
          port,
          logFormat: 'silent',
          ...(values.config === undefined ? {} : { config: await loadConfigFile(values.config) }),
        }).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
          throw new Error(
            `port ${port} is in use: pass --port with a free one, or --mock-url if a mock already runs there`,
          );
        })
      : connectMock(values['mock-url'], { token: token ?? null });
  process.stdout.write(`Verifying the WeChat login of ${startUrl} through the mock at ${mock.url}\n`);
  try {
    const report = await verifyClient({
      startUrl,
      mock,
      ...(values.persona === undefined ? {} : { persona: values.persona }),
      wechatHosts: values['wechat-hosts'] === true,
      onResult: printProgress,
    });
    return await finishRun(report, values.reports ?? 'reports/conformance', 'verify-client');
  } finally {
    await mock.close();
  }
}
