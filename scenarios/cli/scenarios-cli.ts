import { CONFORMANCE_USAGE, conformanceCommand, UsageProblem } from './conformance-command.js';

export const SCENARIO_COMMANDS = ['conformance'] as const;
const USAGES: Readonly<Record<string, string>> = { conformance: CONFORMANCE_USAGE };

/**
 * The CLI's scenario commands (`wechat-oauth-mock conformance …`): answers the exit code, 2 for a command
 * line that cannot run, with the reason and the command's usage on stderr.
 */
export async function runScenarioCommand(
  command: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    return await conformanceCommand(argv, env);
  } catch (error) {
    const usage = error instanceof UsageProblem || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`wechat-oauth-mock ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) {
      process.stderr.write(`\n${USAGES[command]}\n`);
      return 2;
    }
    return 1;
  }
}
