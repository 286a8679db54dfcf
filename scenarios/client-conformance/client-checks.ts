import { exchangeCodeBeenUsed, exchangeInvalidCode, exchangeSystemError } from './checks/failed-exchange.js';
import happyPath from './checks/happy-path.js';
import missingState from './checks/missing-state.js';
import replayedCallback from './checks/replayed-callback.js';
import secretHidden from './checks/secret-hidden.js';
import tamperedState from './checks/tampered-state.js';
import userinfoExpiredToken from './checks/userinfo-expired-token.js';
import type { ClientCheck } from './client-check.js';

/** Every check `verify-client` runs, in order. */
export const CLIENT_CHECKS: readonly ClientCheck[] = [
  happyPath,
  tamperedState,
  missingState,
  replayedCallback,
  exchangeInvalidCode,
  exchangeCodeBeenUsed,
  exchangeSystemError,
  userinfoExpiredToken,
  secretHidden,
];
