/** A command line a scenario command cannot run with; the CLI prints it with the command's usage. */
export class UsageProblem extends Error {
  override readonly name = 'UsageProblem';
}
