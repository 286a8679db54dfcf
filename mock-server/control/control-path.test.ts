import { describe, expect, it } from 'vitest';
import { controlPath } from './control-path.js';

describe('controlPath', () => {
  it.each([
    ['/__mock/apps', '/__mock/apps'],
    ['/__MOCK/apps', '/__MOCK/apps'],
    ['/__Mock/Apps', '/__Mock/Apps'],
    ['//__mock/apps', '/__mock/apps'],
    ['/__mock//apps', '/__mock/apps'],
    ['/__mock/apps/', '/__mock/apps'],
    ['/__mock/apps//', '/__mock/apps'],
    ['/%5F%5Fmock/apps', '/__mock/apps'],
    ['/%5f%5fMOCK/apps', '/__MOCK/apps'],
    ['/__mo%63k/apps', '/__mock/apps'],
    ['/__mock/%61pps', '/__mock/apps'],
    ['/x/../__mock/apps', '/__mock/apps'],
    ['/x/%2e%2E/__mock/apps', '/__mock/apps'],
    ['/./__mock/apps', '/__mock/apps'],
    ['/../__mock/apps', '/__mock/apps'],
    ['/__mock/./apps', '/__mock/apps'],
    ['/%2F__mock/apps', '/__mock/apps'],
    ['/x%2F..%2F__mock/apps', '/__mock/apps'],
    ['\\__mock\\apps', '/__mock/apps'],
    ['/__mock%5Capps', '/__mock/apps'],
    ['http://127.0.0.1:3099/__mock/apps?x=1', '/__mock/apps'],
    ['/__mock/apps?appid=wx1', '/__mock/apps'],
    ['/__mock/apps#fragment', '/__mock/apps'],
    ['/__mock', '/__mock'],
    ['/__mockery', '/__mockery'],
    ['/__mock/personas/%e5%bc%a0', '/__mock/personas/%E5%BC%A0'],
    ['/__mock/apps;x', '/__mock/apps%3Bx'],
    ['/__mock/a%zz', '/__mock/a%25zz'],
  ])('reads %s as the control path %s', (target, expected) => {
    expect(controlPath(target)).toBe(expected);
  });

  it.each([
    '/sns/oauth2/access_token',
    '/connect/qrconnect',
    '/connect/qrcode/0a1b2c3d',
    '/',
    '*',
    '/_mock/apps',
    '/x/__mock/apps',
    '/%255F%255Fmock/apps',
    '/__mock/../sns/userinfo',
    'http://127.0.0.1/sns/auth',
  ])('reads %s as no control request', (target) => {
    expect(controlPath(target)).toBeNull();
  });
});
