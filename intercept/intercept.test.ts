import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE } from '../test-support/test-mock.js';
import { printed, runWithIntercept } from './test-support/run-with-intercept.js';

interface Outcome {
  readonly error?: { name: string; code: number };
}
interface LoginRun {
  token: { openid: string; unionid: string; access_token: string };
  user: { openid: string; nickname: string; unionid: string };
  reused: Outcome;
  invalid: Outcome;
}
interface Answer {
  status: number;
  body: string;
}
type WaysOut = Record<'fetch' | 'get' | 'request', Answer> & { esmRequest: Answer | null };

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

// Reference §12: node-webot's wechat-oauth 1.5.0 hard-codes https://api.weixin.qq.com and calls it through
// urllib (node:https). The script uses it as published; only `--import` and WECHAT_MOCK_URL send it here.
describe('an unmodified wechat-oauth 1.5.0 started with --import wechat-oauth-mock/intercept', () => {
  let login: LoginRun;
  beforeAll(async () => {
    const code = await mock.mintCode(WEBSITE.appid, 'zhangsan');
    const run = await runWithIntercept('wechat-oauth-login.mjs', [WEBSITE.appid, WEBSITE.secret, code], {
      WECHAT_MOCK_URL: mock.url,
    });
    login = printed<LoginRun>(run);
  });

  it('exchanges a code minted by the control plane with getAccessToken', () => {
    expect(login.token.openid).toMatch(/^o[\w-]{27}$/);
    expect(login.token.access_token).toBeTruthy();
  });

  it('reads the persona with getUser', () => {
    expect(login.user).toMatchObject({ openid: login.token.openid, nickname: '张三', unionid: login.token.unionid });
  });

  it('gets its WeChatAPIError with code 40029 for an invalid code', () => {
    expect(login.invalid.error).toEqual(expect.objectContaining({ name: 'WeChatAPIError', code: 40029 }));
  });

  it('gets its WeChatAPIError with code 40163 for a code used twice', () => {
    expect(login.reused.error).toEqual(expect.objectContaining({ name: 'WeChatAPIError', code: 40163 }));
  });
});

describe('the preload', () => {
  it('routes fetch, https.get, https.request and the ESM import of node:https to the mock, query kept', async () => {
    const run = await runWithIntercept('fetch-and-https.mjs', ['https://api.weixin.qq.com/sns/auth?openid=o1'], {
      WECHAT_MOCK_URL: mock.url,
    });
    // Reference §5.1: without access_token the mock answers 41001, with one that it never issued 40001.
    for (const answer of Object.values(printed<WaysOut>(run)))
      expect(JSON.parse(answer?.body ?? '')).toMatchObject({ errcode: 41001 });
    const withToken = await runWithIntercept(
      'fetch-and-https.mjs',
      ['https://api.weixin.qq.com/sns/auth?access_token=t&openid=o1'],
      {
        WECHAT_MOCK_URL: mock.url,
      },
    );
    for (const answer of Object.values(printed<WaysOut>(withToken)))
      expect(JSON.parse(answer?.body ?? '')).toMatchObject({ errcode: 40001 });
  });

  it.each([
    'http://open.weixin.qq.com/connect/zh_CN/htmledition/js/wxLogin.js',
    'https://res.wx.qq.com/connect/zh_CN/htmledition/js/wxLogin.js',
    'https://OPEN.weixin.qq.com./connect/zh_CN/htmledition/js/wxLogin.js',
  ])('routes %s to the mock whatever the scheme or the case of the host', async (url) => {
    const answers = printed<WaysOut>(
      await runWithIntercept('fetch-and-https.mjs', [url], { WECHAT_MOCK_URL: mock.url }),
    );
    expect(answers.fetch).toMatchObject({ status: 200, body: expect.stringContaining('WxLogin') });
    expect(answers.get).toMatchObject({ status: 200, body: expect.stringContaining('WxLogin') });
  });

  describe('with another host', () => {
    let other: Server;
    let otherUrl: string;
    beforeAll(async () => {
      other = createServer((_request, response) => response.end('not the mock'));
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/sns/auth`;
    });
    afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

    it('leaves every request to a host that is not WeChat’s alone', async () => {
      const answers = printed<WaysOut>(
        await runWithIntercept('fetch-and-https.mjs', [otherUrl], { WECHAT_MOCK_URL: mock.url }),
      );
      expect([answers.fetch, answers.get, answers.request]).toEqual(
        Array(3).fill({ status: 200, body: 'not the mock' }),
      );
    });
  });

  it('puts the base path of WECHAT_MOCK_URL before the request path', async () => {
    const answers = printed<WaysOut>(
      await runWithIntercept('fetch-and-https.mjs', ['https://api.weixin.qq.com/health'], {
        WECHAT_MOCK_URL: `${mock.url}/__mock/`,
      }),
    );
    const health = '{"status":"ok","service":"wechat-oauth-mock"}';
    expect(answers.fetch).toEqual({ status: 200, body: health });
    expect(answers.get).toEqual({ status: 200, body: health });
  });

  it.each([
    ['is missing', undefined, 'set WECHAT_MOCK_URL'],
    ['is not a URL', '127.0.0.1:3099', 'is not a URL'],
    ['is not http or https', 'ftp://127.0.0.1/', 'must be an http or https URL'],
  ])('stops the application with a message when WECHAT_MOCK_URL %s', async (_case, value, message) => {
    const run = await runWithIntercept('fetch-and-https.mjs', ['http://127.0.0.1:1/'], { WECHAT_MOCK_URL: value });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(message);
  });
});
