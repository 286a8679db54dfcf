import { randomBytes } from 'node:crypto';
import type { MockConfig } from '../config/mock-config.js';
import { isLoopback } from '../core/loopback.js';

export interface ControlToken {
  /** The bearer token the control plane demands, or null when it needs none. */
  readonly token: string | null;
  /** True when it was generated here (listening beyond loopback with none configured). */
  readonly generated: boolean;
}

/**
 * The token the control plane demands when the mock listens on `host`: beyond loopback the configured one,
 * or one generated now, unless the config says `open` (docs/decisions/0013). Decided once per mock: the
 * workers of a fleet are all handed the one their primary decided (docs/decisions/0027).
 */
export function controlTokenFor(config: MockConfig, host: string): ControlToken {
  const needsToken = config.control.enabled && !config.control.open && !isLoopback(host);
  const generated = needsToken && config.control.token === null;
  return { token: generated ? randomBytes(24).toString('base64url') : config.control.token, generated };
}
