import { expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumInstalled } from '../../test-support/chromium.js';

// Elsewhere the browser tests skip with a one-line reason; in CI they may not, so a missing Chromium is a
// failed test there, counted as one, not only a failed set-up.
it.skipIf(process.env.CI !== 'true')('has Chromium under CI=true, where the browser tests may not skip', () => {
  expect(chromiumInstalled, `no Chromium at ${CHROMIUM_PATH}`).toBe(true);
});
