import { UsageError } from '../../mock-server/index.js';
import { CONFORMANCE_USAGE, conformanceCommand } from './conformance-command.js';
import { VERIFY_CLIENT_USAGE, verifyClientCommand } from './verify-client-command.js';

const COMMANDS: Readonly<Record<string, { usage: string; run: typeof conformanceCommand }>> = {
  conformance: { usage: CONFORMANCE_USAGE, run: conformanceCommand },
  'verify-client': { usage: VERIFY_CLIENT_USAGE, run: verifyClientCommand },
};

/**
 * The CLI's scenario commands (`wechat-oauth-mock conformance …`, `verify-client …`): answers the exit code, 2 for a command
 * line that cannot run, with the reason and the command's usage on stderr.
 */
export async function runScenarioCommand(
  command: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const known = COMMANDS[command];
  if (known === undefined) throw new Error(`unknown command ${command}`);
  try {
    return await known.run(argv, env);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`wechat-oauth-mock ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) {
      process.stderr.write(`\n${known.usage}\n`);
      return 2;
    }
    return 1;
  }
}
