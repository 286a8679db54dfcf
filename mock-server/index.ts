export { DEFAULT_PORT as DEFAULT_MOCK_PORT } from './cli-options.js';
export { ConfigError, type ConfigIssue } from './config/config-error.js';
export { loadConfigFile } from './config/load-config-file.js';
export type { MockConfig } from './config/mock-config.js';
export { validateConfig } from './config/validate-config.js';
export { type Clock, createSystemClock } from './core/clock.js';
export type { RandomSource } from './core/random-source.js';
export { type ListeningMock, type ListenOptions, listenMock } from './listen.js';
export { createLogger, type LogFormat, type Logger } from './logging/logger.js';
export {
  type ControlClient,
  createControlClient,
  type RunningMock,
  type StartOptions,
  startMockServer,
} from './start-mock-server.js';
