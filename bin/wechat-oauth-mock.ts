#!/usr/bin/env node
// The `wechat-oauth-mock` command: the mock server, or one of the conformance kit's commands. The kit is
// loaded only when asked for, so that starting the mock reads no more than the mock (docs/decisions/0005).
import { runMockServerCli } from '../mock-server/cli.js';
import { endQuietlyOnClosedPipe } from '../mock-server/closed-pipe.js';
import packageJson from '../package.json' with { type: 'json' };

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

const [command, ...rest] = process.argv.slice(2);
if (command === 'conformance' || command === 'verify-client') {
  const { runScenarioCommand } = await import('../scenarios/cli/scenarios-cli.js');
  process.exitCode = await runScenarioCommand(command, rest, process.env);
} else {
  await runMockServerCli(process.argv.slice(2), process.env, packageJson.version);
}
