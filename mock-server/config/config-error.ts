/** One thing wrong in a configuration: where, and what was expected there. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** Every problem of a configuration at once, so a user fixes their file in one pass. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(source: string, issues: readonly ConfigIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`);
    super(
      `${source} is not a valid wechat-oauth-mock configuration (${issues.length} problem(s)):\n${lines.join('\n')}`,
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
