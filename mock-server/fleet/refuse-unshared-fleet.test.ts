import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, spawnCliInTest } from '../../test-support/spawn-cli.js';

const start = spawnCliInTest;

/** What a refused start printed: its lines on stderr, and nothing on stdout. */
async function refusal(run: CliRun) {
  expect(await run.exited()).toBe(1);
  expect(run.stdout()).toBe('');
  return run.stderr().trimEnd().split('\n');
}

describe('more than one worker without a shared store', () => {
  it('is refused with one line that names --store, exit 1, before any worker starts', async () => {
    const lines = await refusal(start(['--port', '0', '--workers', '2']));
    expect(lines).toEqual([
      expect.stringMatching(/^wechat-oauth-mock: --workers 2: .*needs a shared store, --store redis:\/\//),
    ]);
  });

  it('is refused when the count comes from WECHAT_MOCK_WORKERS or from the config file', async () => {
    expect(await refusal(start(['--port', '0'], { WECHAT_MOCK_WORKERS: '3' }))).toEqual([
      expect.stringMatching(/^wechat-oauth-mock: --workers 3: .*--store redis:/),
    ]);
    const config = join(await mkdtemp(join(tmpdir(), 'wechat-mock-workers-')), 'mock.yaml');
    await writeFile(config, 'workers: 2\n');
    expect(await refusal(start(['--port', '0', '--config', config]))).toEqual([
      expect.stringMatching(/^wechat-oauth-mock: --workers 2: .*--store redis:/),
    ]);
  });

  it('is refused with --state-file or --impersonate, which belong to one process, naming the flag', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'wechat-mock-workers-')), 'state.json');
    expect(await refusal(start(['--port', '0', '--workers', '2', '--state-file', file]))).toEqual([
      expect.stringMatching(/^wechat-oauth-mock: --workers 2: --state-file keeps one process’s memory/),
    ]);
    expect(await refusal(start(['--port', '0', '--workers', '2', '--impersonate']))).toEqual([
      expect.stringMatching(
        /^wechat-oauth-mock: --workers 2: --impersonate serves WeChat’s host names from one process/,
      ),
    ]);
  });

  it('is not in the way of --version or --help, which start nothing', async () => {
    const version = start(['--workers', '2', '--version']);
    expect(await version.exited()).toBe(0);
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+/);
    const help = start(['--workers', '2', '--help']);
    expect(await help.exited()).toBe(0);
    expect(help.stdout()).toContain('--workers N|auto');
  });

  it('is not asked for by --workers 1, which is the mock in one process as before', async () => {
    const run = start(['--port', '0', '--workers', '1']);
    await run.waitFor(/listening on http:/);
    expect(run.stdout()).not.toMatch(/worker/);
  });
});
