import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../../mock-server/test-support/spawn-cli.js';
import { CATALOGUE } from '../catalogue/index.js';

describe('wechat-oauth-mock conformance (the built CLI)', () => {
  it('runs the catalogue against the in-process mock, prints progress and a summary, writes JSON and JUnit, exits 0', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    const run = spawnCli(['conformance', '--target', 'in-process', '--reports', reports]);
    expect(await run.exited()).toBe(0);
    const out = run.stdout();
    expect(out).toContain(`Running ${CATALOGUE.length} scenarios against in-process`);
    expect(out).toMatch(/\[\s*1\/\d+\] ✓ /);
    expect(out).toContain(`\n${CATALOGUE.length} passed, 0 failed, 0 skipped\n`);
    const json = JSON.parse(await readFile(path.join(reports, 'conformance.json'), 'utf8'));
    expect(json.counts).toEqual({ passed: CATALOGUE.length, failed: 0, skipped: 0 });
    const junit = await readFile(path.join(reports, 'conformance.junit.xml'), 'utf8');
    expect(junit).toContain(
      `<testsuites name="wechat-oauth-mock conformance" tests="${CATALOGUE.length}" failures="0"`,
    );
  });

  it('lists the scenarios with what they need', async () => {
    const run = spawnCli(['conformance', '--list', '--only', 'exchange.code-single-use']);
    expect(await run.exited()).toBe(0);
    expect(run.stdout()).toMatch(/^exchange\.code-single-use {2}A code works once.*\[fresh-code\]\n$/);
  });

  it('exits 2 with the reason and its usage for an unknown target', async () => {
    const run = spawnCli(['conformance', '--target', 'moon']);
    expect(await run.exited()).toBe(2);
    expect(run.stderr()).toContain(
      'wechat-oauth-mock conformance: --target must be one of in-process, url, container, wechat',
    );
    expect(run.stderr()).toContain('Usage: wechat-oauth-mock conformance');
  });

  it('exits 2 with the reason and its usage when --target url has no --url', async () => {
    const run = spawnCli(['conformance', '--target', 'url']);
    expect(await run.exited()).toBe(2);
    expect(run.stderr()).toMatch(/^wechat-oauth-mock conformance: --target url needs --url\n\nUsage: /);
  });

  it('ends quietly, exit 0, when the reader of --list has gone (`conformance --list | head -2`)', async () => {
    const run = spawnCli(['conformance', '--list']);
    run.child.stdout?.destroy();
    expect(await run.exited()).toBe(0);
    expect(run.stderr()).toBe('');
  });

  it('exits 1 with a clear message when no mock answers at --url', async () => {
    const run = spawnCli(['conformance', '--target', 'url', '--url', 'http://127.0.0.1:9']);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toContain('no mock answers at http://127.0.0.1:9');
  });

  it('exits 1 when a scenario fails: a mock whose /sns answers are all -1 fails the success scenarios', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    const config = path.join(reports, 'faulty.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      config,
      JSON.stringify({
        faults: [
          {
            match: { endpoint: '/sns/oauth2/access_token' },
            effect: { type: 'errcode', errcode: -1 },
            times: 'always',
          },
        ],
      }),
    );
    const mock = spawnCli(['--port', '0', '--config', config]);
    const [, url] = await mock.waitFor(/listening on (http:\/\/\S+)/);
    try {
      const run = spawnCli([
        'conformance',
        '--target',
        'url',
        '--url',
        url ?? '',
        '--only',
        'exchange.success-shape',
        '--reports',
        reports,
      ]);
      expect(await run.exited()).toBe(1);
      expect(run.stdout()).toContain('✗ exchange.success-shape');
      expect(run.stdout()).toContain('0 passed, 1 failed, 0 skipped');
    } finally {
      mock.child.kill('SIGTERM');
      await mock.exited();
    }
  });
});
