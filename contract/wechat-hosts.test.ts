import { describe, expect, it } from 'vitest';
import { isWeChatHost } from './wechat-hosts.js';

describe('WeChat’s login hosts', () => {
  it.each([
    ['open.weixin.qq.com', true],
    ['API.WEIXIN.QQ.COM', true],
    ['lp.open.weixin.qq.com.', true],
    ['long.open.weixin.qq.com', true],
    ['res.wx.qq.com', true],
    ['mp.weixin.qq.com', false],
    ['evil.api.weixin.qq.com', false],
    ['api.weixin.qq.com.example', false],
    ['127.0.0.1', false],
    [undefined, false],
  ])('counts %s as one of them: %s', (host, expected) => {
    expect(isWeChatHost(host)).toBe(expected);
  });
});
