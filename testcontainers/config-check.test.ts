import { describe, expect, it } from 'vitest';
import { ConfigError } from '../mock-server/index.js';
import { WeChatOAuthMockContainer } from './index.js';

describe('WeChatOAuthMockContainer.withConfig', () => {
  it("checks a config object at once, before any container starts, and throws the mock's ConfigError", () => {
    const container = new WeChatOAuthMockContainer();
    expect(() => container.withConfig({ apps: [{ kind: 'website', callbackDomains: [] }] })).toThrow(ConfigError);
  });
});
