/**
 * The built-in demo setup used when no config file is given: one Open Platform account, a website app
 * and an official-account app bound to it (one persona following it), and personas covering the shapes
 * clients must handle.
 * Written as a raw config so it passes through the same validation as a user's file.
 */
export const demoConfig = {
  seed: 'wechat-oauth-mock-demo',
  accounts: [{ id: 'demo-open-platform' }],
  apps: [
    {
      appid: 'wx5f3b9c0d2e1a4b67',
      secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6',
      kind: 'website',
      name: '演示网站 Demo Website',
      account: 'demo-open-platform',
      callbackDomains: ['localhost', '127.0.0.1'],
    },
    {
      appid: 'wx8a2d6e4f1c3b5a79',
      secret: 'c0ffee00d15ea5e0ba5eba11cafe0123',
      kind: 'official-account',
      name: '演示公众号 Demo Official Account',
      account: 'demo-open-platform',
      callbackDomains: ['localhost', '127.0.0.1'],
      // zhangsan follows it; the others do not (ML§7, /cgi-bin/user/info).
      followers: ['zhangsan'],
    },
  ],
  personas: [
    {
      key: 'zhangsan',
      nickname: '张三',
      sex: 1,
      phone: { number: '13800138000' },
      region: {
        en: { country: 'CN', province: 'Guangdong', city: 'Shenzhen' },
        zh_CN: { country: '中国', province: '广东', city: '深圳' },
        zh_TW: { country: '中國', province: '廣東', city: '深圳' },
      },
    },
    {
      key: 'lisi',
      nickname: '李四🐱',
      sex: 2,
      phone: { number: '13900139000' },
      region: {
        en: { country: 'CN', province: 'Zhejiang', city: 'Hangzhou' },
        zh_CN: { country: '中国', province: '浙江', city: '杭州' },
      },
    },
    { key: 'wangwu', nickname: '王五', sex: 1, avatar: false },
    {
      key: 'xiaoming',
      nickname: '小明',
      sex: 1,
      phone: { countryCode: '852', number: '61234567' },
      profile: 'legacy',
      region: {
        en: { country: 'CN', province: 'Shanxi', city: 'Linfen' },
        zh_CN: { country: '中国', province: '山西', city: '临汾' },
        zh_TW: { country: '中國', province: '山西', city: '臨汾' },
      },
    },
  ],
} as const;
