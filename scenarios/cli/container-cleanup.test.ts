import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { containerTestSetup } from '../../test-support/container-engine.js';
import { spawnCli } from '../../test-support/spawn-cli.js';

const setup = await containerTestSetup();
if (setup.missing !== null && !setup.required) console.warn(`container cleanup test skipped: ${setup.missing}`);
const docker = promisify(execFile);

describe.skipIf(setup.missing !== null && !setup.required)('wechat-oauth-mock conformance --target container', () => {
  it('stops and removes its container when it is sent SIGTERM mid-run, and exits 130', async () => {
    expect(setup.missing).toBeNull();
    const run = spawnCli([
      'conformance',
      '--target',
      'container',
      '--image',
      setup.image,
      '--reports',
      'reports/cleanup',
    ]);
    const [, id] = await run.waitFor(/Running \d+ scenarios against container \S+ ([0-9a-f]{12})/, 90_000);
    run.child.kill('SIGTERM');
    expect(await run.exited()).toBe(130);
    expect(run.stderr()).toContain('SIGTERM: stopping container');
    const { stdout } = await docker('docker', ['ps', '-aq', '--no-trunc', '--filter', `id=${id}`]);
    expect(stdout.trim()).toBe('');
  }, 120_000);
});
