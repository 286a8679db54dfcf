import { describe, expect, it } from 'vitest';
import { parseCliOptions, UsageError } from './cli-options.js';

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
