export {
  type AppRef,
  type ConnectOptions,
  connectMock,
  type JournalFilter,
  type LoginOptions,
  type MintOptions,
  type MockAccounts,
  type MockApps,
  type MockClock,
  type MockCodes,
  MockControlError,
  type MockControlErrorCode,
  type MockFaults,
  type MockJournal,
  type MockPersonas,
  type MockTokens,
  type PageLogin,
  type PersonaRef,
  type WaitOptions,
  type WeChatMock,
} from '../contract/control-client/index.js';
export { DEFAULT_PORT as DEFAULT_MOCK_PORT } from './cli-options.js';
export { ConfigError, type ConfigIssue } from './config/config-error.js';
export { loadConfigFile } from './config/load-config-file.js';
export type { MockConfig } from './config/mock-config.js';
export { validateConfig } from './config/validate-config.js';
export { type Clock, createSystemClock } from './core/clock.js';
export type { RandomSource } from './core/random-source.js';
export { createLogger, type LogFormat, type Logger } from './logging/logger.js';
export { type StartedMock, type StartOptions, startMockServer } from './start-mock-server.js';
export { StartupError } from './startup-error.js';
export { UsageError } from './usage-error.js';
