import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options.js';
import { UsageError } from './usage-error.js';

describe('the CLI options', () => {
  it.each(['true', '1', 'TRUE'])('open the control plane when WECHAT_MOCK_CONTROL_OPEN is %s', (value) => {
    expect(parseCliOptions([], { WECHAT_MOCK_CONTROL_OPEN: value }).control).toEqual({ open: true });
  });

  it('switch the control plane off when WECHAT_MOCK_CONTROL_OFF is true', () => {
    expect(parseCliOptions([], { WECHAT_MOCK_CONTROL_OFF: 'true' }).control).toEqual({ enabled: false });
  });

  it.each(['false', '0', ''])('leave the control plane as configured when the switches are %j', (value) => {
    const env = { WECHAT_MOCK_CONTROL_OPEN: value, WECHAT_MOCK_CONTROL_OFF: value };
    expect(parseCliOptions([], env).control).toEqual({});
  });

  it('refuse a switch that is neither true nor false, naming the variable', () => {
    expect(() => parseCliOptions([], { WECHAT_MOCK_CONTROL_OPEN: 'yes please' })).toThrow(
      new UsageError('WECHAT_MOCK_CONTROL_OPEN must be true or false, got "yes please"'),
    );
  });
});

describe("the control plane's allowed hosts", () => {
  it('come from --control-allowed-host, repeated', () => {
    const argv = ['--control-allowed-host', 'wechat-mock', '--control-allowed-host', 'mock.internal'];
    expect(parseCliOptions(argv, {}).control).toEqual({ allowedHosts: ['wechat-mock', 'mock.internal'] });
  });

  it('come from WECHAT_MOCK_CONTROL_ALLOWED_HOSTS, comma-separated, when no flag is given', () => {
    const env = { WECHAT_MOCK_CONTROL_ALLOWED_HOSTS: 'wechat-mock, mock.internal,' };
    expect(parseCliOptions([], env).control).toEqual({ allowedHosts: ['wechat-mock', 'mock.internal'] });
    expect(parseCliOptions(['--control-allowed-host', 'flag.example'], env).control).toEqual({
      allowedHosts: ['flag.example'],
    });
  });

  it('are left as configured when the variable is empty', () => {
    expect(parseCliOptions([], { WECHAT_MOCK_CONTROL_ALLOWED_HOSTS: '' }).control).toEqual({});
  });
});

describe('impersonation options', () => {
  it('leave impersonation as configured (off unless the config turns it on) when no flag or variable is given', () => {
    expect(parseCliOptions([], {}).impersonate).toEqual({});
  });

  it('turn impersonation on with --impersonate, its port with --impersonate-port and its CA directory with --state-dir', () => {
    const options = parseCliOptions(['--impersonate', '--impersonate-port', '8443', '--state-dir', '/tmp/ca'], {});
    expect(options.impersonate).toEqual({ enabled: true, port: 8443, stateDir: '/tmp/ca' });
  });

  it('read the same settings from WECHAT_MOCK_IMPERSONATE, WECHAT_MOCK_IMPERSONATE_PORT and WECHAT_MOCK_STATE_DIR', () => {
    const env = { WECHAT_MOCK_IMPERSONATE: 'true', WECHAT_MOCK_IMPERSONATE_PORT: '443', WECHAT_MOCK_STATE_DIR: '/ca' };
    expect(parseCliOptions([], env).impersonate).toEqual({ enabled: true, port: 443, stateDir: '/ca' });
  });

  it('reject an --impersonate-port that is not a port', () => {
    expect(() => parseCliOptions(['--impersonate-port', '70000'], {})).toThrow(
      /--impersonate-port must be 0 to 65535, got "70000"/,
    );
  });
});

describe('state-file options', () => {
  it('leave the state in memory when no flag or variable is given', () => {
    expect(parseCliOptions([], {}).stateFile).toEqual({});
  });

  it('set the file, the journal and the interval with --state-file, --state-file-journal and --state-file-interval', () => {
    const argv = ['--state-file', '/tmp/s.json', '--state-file-journal', '--state-file-interval', '500'];
    expect(parseCliOptions(argv, {}).stateFile).toEqual({
      stateFile: '/tmp/s.json',
      stateFileJournal: true,
      stateFileIntervalMs: 500,
    });
  });

  it('read the same settings from WECHAT_MOCK_STATE_FILE, WECHAT_MOCK_STATE_FILE_JOURNAL and WECHAT_MOCK_STATE_FILE_INTERVAL', () => {
    const env = {
      WECHAT_MOCK_STATE_FILE: '/s.json',
      WECHAT_MOCK_STATE_FILE_JOURNAL: 'true',
      WECHAT_MOCK_STATE_FILE_INTERVAL: '5000',
    };
    expect(parseCliOptions([], env).stateFile).toEqual({
      stateFile: '/s.json',
      stateFileJournal: true,
      stateFileIntervalMs: 5000,
    });
  });

  it('reject an interval below 100 ms or that is not a whole number', () => {
    expect(() => parseCliOptions(['--state-file-interval', '50'], {})).toThrow(
      /--state-file-interval must be 100 to 3600000 \(milliseconds\), got "50"/,
    );
    expect(() => parseCliOptions([], { WECHAT_MOCK_STATE_FILE_INTERVAL: '2s' })).toThrow(/got "2s"/);
  });
});

describe('the workers option', () => {
  it('leaves the count as configured (one process unless the config says otherwise) when no flag or variable is given', () => {
    expect(parseCliOptions([], {}).workers).toEqual({});
  });

  it('takes a count or auto from --workers, and from WECHAT_MOCK_WORKERS when no flag is given', () => {
    expect(parseCliOptions(['--workers', '3'], {}).workers).toEqual({ workers: 3 });
    expect(parseCliOptions(['--workers', 'auto'], { WECHAT_MOCK_WORKERS: '4' }).workers).toEqual({ workers: 'auto' });
    expect(parseCliOptions([], { WECHAT_MOCK_WORKERS: '4' }).workers).toEqual({ workers: 4 });
  });

  it.each(['0', 'two', '1.5', '257'])('rejects --workers %s, naming what it takes', (text) => {
    expect(() => parseCliOptions(['--workers', text], {})).toThrow(
      new UsageError(`--workers must be auto or 1 to 256, got "${text}"`),
    );
  });
});

describe('shared-store options', () => {
  it('leave the state in this process when no flag or variable is given', () => {
    expect(parseCliOptions([], {}).store).toEqual({});
  });

  it('set the store and its key prefix with --store and --store-prefix, over WECHAT_MOCK_STORE and _PREFIX', () => {
    const env = { WECHAT_MOCK_STORE: 'redis://env:6379/0', WECHAT_MOCK_STORE_PREFIX: 'env:' };
    expect(parseCliOptions([], env).store).toEqual({ store: 'redis://env:6379/0', storePrefix: 'env:' });
    const argv = ['--store', 'rediss://:pw@cache:6380/2', '--store-prefix', 'team-a:'];
    expect(parseCliOptions(argv, env).store).toEqual({ store: 'rediss://:pw@cache:6380/2', storePrefix: 'team-a:' });
  });
});
