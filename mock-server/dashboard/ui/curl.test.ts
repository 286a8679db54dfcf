import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../contract/index.js';
import { curlFor, ridOf, shellQuote } from './curl.js';

const SECRET = '7d1e4f0a9b2c3d4e5f60718293a4b5c6';
const TOKEN = '86_AbCdEfGhIjKlMnOpQrStUv';
const entry = (query: Record<string, string>, path = '/sns/oauth2/access_token'): JournalEntry => ({
  id: 1,
  time: '2025-03-14T08:00:00.000Z',
  method: 'GET',
  path,
  query,
  appid: 'wx5f3b9c0d2e1a4b67',
  persona: null,
  status: 200,
  errcode: null,
  headers: null,
  body: null,
  location: null,
  durationMs: 1,
  fault: null,
});
const secrets = { appSecret: () => SECRET, tokens: [TOKEN, '86_Other_token_value_xyz'] };

describe('copy as curl', () => {
  it('fills the masked secret back in from the app, so the command runs as it is', () => {
    const { command, complete } = curlFor(
      entry({ appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e…', code: 'C' }),
      'http://127.0.0.1:3000',
      secrets,
    );
    expect(command).toBe(
      `curl -sS -i 'http://127.0.0.1:3000/sns/oauth2/access_token?appid=wx5f3b9c0d2e1a4b67&secret=${SECRET}&code=C'`,
    );
    expect(complete).toBe(true);
  });

  it('fills a masked token back in from the grant it belongs to', () => {
    const { command } = curlFor(
      entry({ access_token: '86_AbCdE…StUv', openid: 'o' }, '/sns/userinfo'),
      'http://h',
      secrets,
    );
    expect(command).toContain(`access_token=${TOKEN}&`);
  });

  it('leaves a secret masked and says so when no known secret fits it', () => {
    const result = curlFor(entry({ secret: 'ffff…' }), 'http://h', secrets);
    expect(result.command).toContain('secret=ffff%E2%80%A6');
    expect(result.complete).toBe(false);
  });

  it('quotes hostile values so the shell takes them as one word', () => {
    expect(shellQuote("a'; rm -rf / #")).toBe(`'a'\\''; rm -rf / #'`);
    const { command } = curlFor(entry({ openid: "'$(reboot)'" }, '/sns/auth'), 'http://h', secrets);
    expect(command).toBe(`curl -sS -i 'http://h/sns/auth?openid=%27%24%28reboot%29%27'`);
  });
});

describe("WeChat's rid", () => {
  it('is read from the errmsg suffix (reference §8.1), and absent from success bodies', () => {
    expect(ridOf('{"errcode":40029,"errmsg":"invalid code, rid: 67d3e213-1b2c3d4e-5f6a7b8c"}')).toBe(
      '67d3e213-1b2c3d4e-5f6a7b8c',
    );
    expect(ridOf('{"openid":"o"}')).toBeNull();
    expect(ridOf(null)).toBeNull();
  });
});
