import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../mock-server/start-mock-server.js';
import { spawnCli } from '../../test-support/spawn-cli.js';
import { CATALOGUE } from '../catalogue/index.js';
import { REFERENCE_NOTE } from '../reporters/reference-note.js';

describe('wechat-oauth-mock conformance (the built CLI)', () => {
  // The whole catalogue passes in-process in scenarios/conformance.test.ts; here the command runs one family
  // of it, enough to prove the progress, the summary, the reports and the exit code without 85 scenarios.
  it('runs scenarios against the in-process mock, prints progress and a summary, writes JSON and JUnit, exits 0', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    const family = CATALOGUE.filter((scenario) => scenario.id.includes('exchange.')).length;
    const run = spawnCli(['conformance', '--target', 'in-process', '--only', 'exchange.', '--reports', reports]);
    expect(await run.exited()).toBe(0);
    const out = run.stdout();
    expect(family).toBeGreaterThan(5);
    expect(out).toContain(`Running ${family} scenarios against in-process`);
    expect(out).toMatch(/\[\s*1\/\d+\] ✓ /);
    expect(out).toContain(`\n${REFERENCE_NOTE}\n${family} passed, 0 failed, 0 skipped\n`);
    const json = JSON.parse(await readFile(path.join(reports, 'conformance.json'), 'utf8'));
    expect(json.counts).toEqual({ passed: family, failed: 0, skipped: 0 });
    const junit = await readFile(path.join(reports, 'conformance.junit.xml'), 'utf8');
    expect(junit).toContain(`<testsuites name="wechat-oauth-mock conformance" tests="${family}" failures="0"`);
  });

  it('lists the scenarios with what they need, and says where their reference sections are', async () => {
    const run = spawnCli(['conformance', '--list', '--only', 'exchange.code-single-use']);
    expect(await run.exited()).toBe(0);
    expect(run.stdout()).toMatch(
      /^exchange\.code-single-use {2}A code works once.*\(§6, §8; captured\) {2}\[fresh-code\]\n§N: [^\n]+\n$/,
    );
    expect(run.stdout()).toContain('docs/wechat-behaviour.md');
  });

  it('runs only the scenarios real captures support with --evidence captured, and says so', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    const run = spawnCli([
      'conformance',
      '--target',
      'in-process',
      '--evidence',
      'captured',
      '--only',
      'exchange.',
      '--reports',
      reports,
    ]);
    expect(await run.exited()).toBe(0);
    const captured = CATALOGUE.filter(
      (scenario) => scenario.id.startsWith('exchange.') && scenario.evidence === 'captured',
    );
    expect(run.stdout()).toContain(`Running ${captured.length} scenarios (evidence captured) against in-process`);
    expect(run.stdout()).toContain('exchange.code-single-use [captured]');
    const json = JSON.parse(await readFile(path.join(reports, 'conformance.json'), 'utf8'));
    expect(json.results.map((result: { evidence: string }) => result.evidence)).toEqual(captured.map(() => 'captured'));
    const junit = await readFile(path.join(reports, 'conformance.junit.xml'), 'utf8');
    expect(junit).toContain('<property name="evidence" value="captured"/>');
  });

  it('exits 2 with the reason and its usage for an unknown evidence grade', async () => {
    const run = spawnCli(['conformance', '--target', 'in-process', '--evidence', 'rumour']);
    expect(await run.exited()).toBe(2);
    expect(run.stderr()).toContain('--evidence must be one of captured, documented, inferred');
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
    expect(run.stderr()).toContain('no server answers at http://127.0.0.1:9: a port that fetch refuses');
  });

  it('skips what needs a fresh code when the scripted person cannot log in, writes its reports and exits cleanly', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    const mock = spawnCli(['--port', '0', '--control-off']);
    const [, url] = await mock.waitFor(/listening on (http:\/\/\S+)/);
    try {
      // An appid the mock does not know: its login page is an error page, with nothing to approve.
      const run = spawnCli([
        'conformance',
        '--target',
        'url',
        '--url',
        url ?? '',
        '--appid',
        'wx0000000000000000',
        '--secret',
        '0'.repeat(32),
        '--only',
        'exchange.code-single-use',
        '--only',
        'exchange.success-shape',
        '--reports',
        reports,
      ]);
      expect(await run.exited()).toBe(0);
      expect(run.stdout()).toContain('0 passed, 0 failed, 2 skipped');
      expect(run.stdout()).toContain("needs fresh-code (a scripted person could not log in on the target's login page");
      expect(run.stderr()).toBe('');
      const json = JSON.parse(await readFile(path.join(reports, 'conformance.json'), 'utf8'));
      expect(json.counts).toEqual({ passed: 0, failed: 0, skipped: 2 });
    } finally {
      mock.child.kill('SIGTERM');
      await mock.exited();
    }
  });

  it('exits 1 when a scenario fails: a mock whose /sns answers are all -1 fails the success scenarios', async () => {
    const reports = await mkdtemp(path.join(tmpdir(), 'conformance-'));
    // The faulty mock runs in this process: only the command under test needs a process of its own.
    const mock = await startMockServer({
      logFormat: 'silent',
      config: {
        faults: [
          {
            match: { endpoint: '/sns/oauth2/access_token' },
            effect: { type: 'errcode', errcode: -1 },
            times: 'always',
          },
        ],
      },
    });
    try {
      const run = spawnCli([
        'conformance',
        '--target',
        'url',
        '--url',
        mock.url,
        '--only',
        'exchange.success-shape',
        '--reports',
        reports,
      ]);
      expect(await run.exited()).toBe(1);
      expect(run.stdout()).toContain('✗ exchange.success-shape');
      expect(run.stdout()).toContain('0 passed, 1 failed, 0 skipped');
    } finally {
      await mock.close();
    }
  });
});
