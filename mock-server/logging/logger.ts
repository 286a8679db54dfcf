export type LogFormat = 'pretty' | 'json' | 'silent';

/** One line per request: never the query string, which holds secrets and tokens. */
export interface RequestLogEntry {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly appid: string | undefined;
  readonly status: number;
  readonly errcode: number | undefined;
  readonly durationMs: number;
}

export interface Logger {
  /** Whether `request` writes anything: callers skip building the entry when it does not. */
  readonly logsRequests: boolean;
  request(entry: RequestLogEntry): void;
  info(message: string): void;
  /** What only someone looking into a problem wants, e.g. a client that broke HTTP (hidden when silent). */
  debug(message: string): void;
  error(message: string, error?: unknown): void;
}

export type LineWriter = (line: string) => void;

const stdout: LineWriter = (line) => process.stdout.write(`${line}\n`);
const stderr: LineWriter = (line) => process.stderr.write(`${line}\n`);

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Request and diagnostic logging: `pretty` for a terminal, `json` (one object per line) for machines,
 * `silent` for tests (errors are still written, as they mean the mock itself failed).
 */
export function createLogger(format: LogFormat, out: LineWriter = stdout, err: LineWriter = stderr): Logger {
  if (format === 'json') {
    return {
      logsRequests: true,
      request: (entry) => out(JSON.stringify({ level: 'info', type: 'request', ...entry })),
      info: (message) => out(JSON.stringify({ level: 'info', message })),
      debug: (message) => out(JSON.stringify({ level: 'debug', message })),
      error: (message, error) =>
        err(JSON.stringify({ level: 'error', message, ...(error === undefined ? {} : { error: describe(error) }) })),
    };
  }
  const quiet = format === 'silent';
  return {
    logsRequests: !quiet,
    request(entry) {
      if (quiet) return;
      const result = entry.errcode === undefined ? `${entry.status}` : `errcode=${entry.errcode}`;
      const appid = entry.appid === undefined ? '' : ` ${entry.appid}`;
      out(`${entry.method} ${entry.path}${appid} ${result} ${entry.durationMs.toFixed(1)}ms`);
    },
    info(message) {
      if (!quiet) out(message);
    },
    debug(message) {
      if (!quiet) out(`debug: ${message}`);
    },
    error(message, error) {
      err(error === undefined ? message : `${message}: ${describe(error)}`);
    },
  };
}
