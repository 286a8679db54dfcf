// The README's server-token example, kept runnable: it imports the package by its published name.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type WeChatMock } from 'wechat-oauth-mock';
import { ErrCode, WeChatOAuthClient } from 'wechat-oauth-mock/client';

let mock: WeChatMock;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

it('keeps one server token for many calls, and shows what a second /cgi-bin/token does to the first', async () => {
  const official = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' }; // the demo's
  const wechat = new WeChatOAuthClient({ ...official, apiBaseUrl: mock.url });

  // 50 callers at once: one POST /cgi-bin/stable_token, one token for all of them.
  const tokens = await Promise.all(Array.from({ length: 50 }, () => wechat.getAccessToken()));
  expect(new Set(tokens).size).toBe(1);

  // GET /cgi-bin/token issues a new token on every call; the previous one works 5 more minutes, then 40001.
  const first = await wechat.fetchAccessToken();
  const second = await wechat.fetchAccessToken();
  expect(second.access_token).not.toBe(first.access_token);
  expect(first.access_token).toHaveLength(136);

  // The stable token is a slot of its own: the calls above did not touch it.
  expect((await wechat.getStableAccessToken()).access_token).toBe(tokens[0]);

  // WeChat's 45009 daily quota, its IP whitelist (40164) and the rest are faults a test adds.
  await mock.faults.add({
    match: { endpoint: '/cgi-bin/token', appid: official.appid },
    effect: { type: 'errcode', errcode: ErrCode.InvalidIp },
    times: 1,
  });
  await expect(wechat.fetchAccessToken()).rejects.toMatchObject({ errcode: ErrCode.InvalidIp });
});
