import { describe, expect, it } from 'vitest';
import { CapabilityUnavailable } from '../model/capability-unavailable.js';
import { wechatTarget } from './wechat-target.js';

const WEBSITE_ENV = { WECHAT_APPID: 'wx5f3b9c0d2e1a4b67', WECHAT_SECRET: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' };

describe('the wechat target and mobile-app codes (ML§6.1)', () => {
  it('has the mobile-app capability when given a mobile app and codes, and hands them out once each', async () => {
    const target = await wechatTarget({
      ...WEBSITE_ENV,
      WECHAT_CODES: 'websitecode',
      WECHAT_MOBILE_APPID: 'wx00000000000000ab',
      WECHAT_MOBILE_SECRET: 'b'.repeat(32),
      WECHAT_MOBILE_CODES: ' first , second ',
    });
    try {
      expect(target.capabilities.has('mobile-app')).toBe(true);
      expect(target.mobileApp).toEqual({ appid: 'wx00000000000000ab', secret: 'b'.repeat(32) });
      expect([await target.mobileAppCode(), await target.mobileAppCode()]).toEqual(['first', 'second']);
      await expect(target.mobileAppCode()).rejects.toBeInstanceOf(CapabilityUnavailable);
    } finally {
      await target.close();
    }
  });

  it('lacks the capability without them, and cannot make a persona follow (no control plane)', async () => {
    const target = await wechatTarget({ ...WEBSITE_ENV, WECHAT_CODES: 'websitecode' });
    try {
      expect(target.capabilities.has('mobile-app')).toBe(false);
      expect(target.mobileApp).toBeNull();
      await expect(target.follow()).rejects.toBeInstanceOf(CapabilityUnavailable);
    } finally {
      await target.close();
    }
  });
});
