import { it } from 'vitest';
import { runIsolationScenario } from '../../test-support/isolation-scenario.js';

it('a test with its own app on a shared mock gets its own faults, journal view and reset while another test runs (alpha)', async () => {
  await runIsolationScenario('isolation-alpha', 'isolation-beta');
});
