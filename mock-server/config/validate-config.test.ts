import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadConfigFile } from './load-config-file.js';
import { validateConfig } from './validate-config.js';

function issuesOf(raw: unknown): string[] {
  try {
    validateConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('without a file, seeds the demo: a website app for localhost and 127.0.0.1, an official account, four personas', () => {
    const config = validateConfig(undefined);
    const website = config.apps.find((a) => a.kind === 'website');
    expect(website?.callbackDomains).toEqual(['localhost', '127.0.0.1']);
    expect(config.apps.some((a) => a.kind === 'official-account')).toBe(true);
    expect(config.personas.length).toBeGreaterThanOrEqual(4);
    expect(config.personas.some((p) => /\p{Extended_Pictographic}/u.test(p.nickname))).toBe(true);
    expect(config.personas.some((p) => p.headimgurl === '')).toBe(true);
    expect(config.personas.every((p) => /\p{Script=Han}/u.test(p.nickname))).toBe(true);
  });

  it('fills WeChat defaults: lifetimes of reference §6, text/plain, the comma rid suffix', () => {
    const config = validateConfig({});
    expect(config.lifetimes).toEqual({
      websiteCodeSeconds: 600,
      officialAccountCodeSeconds: 300,
      miniProgramCodeSeconds: 300,
      mobileAppCodeSeconds: 600,
      accessTokenSeconds: 7200,
      refreshTokenSeconds: 2_592_000,
      mobileAppRefreshTokenSeconds: 15_552_000,
      phoneCodeSeconds: 300,
      serverTokenSeconds: 7200,
      loginSessionSeconds: 300,
    });
    expect(config.fidelity.contentType).toBe('text/plain');
    expect(config.fidelity.errmsgSuffix).toBe('comma-rid');
    // /cgi-bin and /wxa: the captured Content-Type and the comma-less rid, 2000 tokens a day (ML§5.1, ML§5.2).
    expect(config.fidelity).toMatchObject({
      cgiBinContentType: 'application/json; encoding=utf-8',
      cgiBinErrmsgSuffix: 'rid',
      serverTokenDailyQuota: 2000,
      stableTokenDailyQuota: 500_000,
    });
    expect(Object.isFrozen(config.fidelity)).toBe(true);
  });

  it('reports every problem at once, each with its path and what was expected', () => {
    const issues = issuesOf({
      apps: [
        { appid: 'wx123', secret: 'nope', kind: 'game', name: 'A', callbackDomains: ['http://a.test/cb'] },
        { name: '', kind: 'website', callbackDomains: 'a.test' },
      ],
      personas: [{ key: 'a b', nickname: 'x', sex: 3 }],
      lifetimes: { accessTokenSeconds: -5 },
      fidelity: { errmsgSuffix: 'fancy', colour: 'red' },
      defaultPersona: 'nobody',
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^apps\[0\]\.appid: expected "wx" followed by 16 lowercase hex digits/),
        expect.stringMatching(/^apps\[0\]\.secret: expected 32 lowercase hex digits/),
        expect.stringMatching(
          /^apps\[0\]\.kind: expected one of "website", "official-account", "mini-program", "mobile-app", got "game"/,
        ),
        expect.stringMatching(/^apps\[0\]\.callbackDomains\[0\]: expected a bare host name/),
        expect.stringMatching(/^apps\[1\]\.name: expected a non-empty string/),
        expect.stringMatching(/^apps\[1\]\.callbackDomains: expected a list/),
        expect.stringMatching(/^personas\[0\]\.key: expected 1 to 64 characters/),
        expect.stringMatching(/^personas\[0\]\.sex: expected one of 0, 1, 2, got 3/),
        expect.stringMatching(/^lifetimes\.accessTokenSeconds: expected a whole number/),
        expect.stringMatching(/^fidelity\.errmsgSuffix: expected one of/),
        expect.stringMatching(/^fidelity\.colour: unknown setting/),
        expect.stringMatching(/^defaultPersona: expected the key of a persona/),
      ]),
    );
    expect(issues).toHaveLength(12);
  });

  it("holds the QR page's long poll 25 s by default, between 1 and 60 s when configured (reference §1.2)", () => {
    expect(validateConfig({}).fidelity).toMatchObject({ longPollSeconds: 25, requireWeChatBrowser: false });
    expect(validateConfig({ fidelity: { longPollSeconds: 2, requireWeChatBrowser: true } }).fidelity).toMatchObject({
      longPollSeconds: 2,
      requireWeChatBrowser: true,
    });
    expect(issuesOf({ fidelity: { longPollSeconds: 61, requireWeChatBrowser: 'yes' } })).toEqual([
      expect.stringMatching(/^fidelity\.longPollSeconds: expected a whole number/),
      expect.stringMatching(/^fidelity\.requireWeChatBrowser: expected/),
    ]);
  });

  it('bounds what unauthenticated requests can make the mock remember, per app, by default and as configured', () => {
    expect(validateConfig({}).limits).toEqual({ loginSessionsPerApp: 1000, codesPerApp: 100_000, heldRequests: 1000 });
    expect(validateConfig({ limits: { loginSessionsPerApp: 5, heldRequests: 2 } }).limits).toEqual({
      loginSessionsPerApp: 5,
      codesPerApp: 100_000,
      heldRequests: 2,
    });
    expect(
      issuesOf({ limits: { loginSessionsPerApp: 0, codesPerApp: 'many', heldRequests: 1.5, journal: 1 } }),
    ).toEqual([
      expect.stringMatching(/^limits\.journal: unknown setting/),
      expect.stringMatching(/^limits\.loginSessionsPerApp: expected a whole number from 1 to 100000, got 0/),
      expect.stringMatching(/^limits\.codesPerApp: expected a whole number from 1 to 1000000/),
      expect.stringMatching(/^limits\.heldRequests: expected a whole number from 1 to 100000, got 1\.5/),
    ]);
  });

  it('reads /sns parameters from a form-encoded POST body by default, unless fidelity.formBody is false (reference §3.1)', () => {
    expect(validateConfig({}).fidelity.formBody).toBe(true);
    expect(validateConfig({ fidelity: { formBody: false } }).fidelity.formBody).toBe(false);
    expect(issuesOf({ fidelity: { formBody: 'no' } })).toEqual([
      expect.stringMatching(/^fidelity\.formBody: expected/),
    ]);
  });

  it('reads mini-programs: no callback domains, unbound by default, wx.login codes of 5 minutes (ML§1)', () => {
    const config = validateConfig({ apps: [{ kind: 'mini-program', name: 'M' }] });
    expect(config.apps[0]).toMatchObject({ kind: 'mini-program', account: null, callbackDomains: [] });
    expect(config.lifetimes.miniProgramCodeSeconds).toBe(300);
    expect(issuesOf({ apps: [{ kind: 'mini-program', name: 'M', callbackDomains: ['m.test'] }] })).toEqual([
      'apps[0].callbackDomains: a mini-program has no callback domains (ML§1)',
    ]);
  });

  it('reads mobile apps: no callback domains, bound to the default account unless named, never unbound (ML§6)', () => {
    const config = validateConfig({
      apps: [
        { kind: 'mobile-app', name: 'A' },
        { kind: 'mobile-app', name: 'B', account: 'corp' },
      ],
    });
    expect(config.apps.map((app) => [app.kind, app.account, app.callbackDomains])).toEqual([
      ['mobile-app', 'default', []],
      ['mobile-app', 'corp', []],
    ]);
    expect(issuesOf({ apps: [{ kind: 'mobile-app', name: 'A', account: null, callbackDomains: ['a.test'] }] })).toEqual(
      [
        'apps[0].account: a mobile app is always bound to an Open Platform account (ML§6.2, reference §10)',
        'apps[0].callbackDomains: a mobile app has no callback domains (ML§6.1)',
      ],
    );
  });

  it("reads an official account's followers: known personas, once each, and only for official accounts (ML§7)", () => {
    const oa = { kind: 'official-account', name: 'O', callbackDomains: ['o.test'] };
    const personas = [
      { key: 'a', nickname: 'A' },
      { key: 'b', nickname: 'B' },
    ];
    const config = validateConfig({ apps: [{ ...oa, followers: ['a'] }], personas });
    expect(config.apps[0]?.followers).toEqual([
      { persona: 'a', subscribeTime: '2022-09-05T09:48:09.000Z', scene: 'ADD_SCENE_PROFILE_CARD' },
    ]);
    expect(
      issuesOf({
        apps: [
          { ...oa, followers: ['zoe', { persona: 'b', subscribeTime: '2024-01-01T00:00:00.9Z' }, 'b'] },
          { kind: 'website', name: 'W', callbackDomains: ['w.test'], followers: ['a'] },
        ],
        personas,
      }),
    ).toEqual([
      expect.stringMatching(/^apps\[0\]\.followers\[2\]\.persona: .*follower/),
      'apps[1].followers: only an official account has followers (ML§7), not a website',
      'apps[0].followers[0].persona: expected the key of a persona, got "zoe"',
    ]);
  });

  it("drops the demo official account's follower when the configuration's own personas do not include it", () => {
    const config = validateConfig({ personas: [{ key: 'own', nickname: '自己' }] });
    expect(config.apps.find((app) => app.kind === 'official-account')?.followers).toEqual([]);
    expect(validateConfig({}).apps.find((app) => app.kind === 'official-account')?.followers).toHaveLength(1);
  });

  it('answers refreshes in the documented shape by default, or in the pre-2020 one (ML§6.4)', () => {
    expect(validateConfig({}).fidelity.refreshAnswer).toBe('documented');
    expect(validateConfig({ fidelity: { refreshAnswer: 'pre-2020' } }).fidelity.refreshAnswer).toBe('pre-2020');
    expect(issuesOf({ fidelity: { refreshAnswer: '2019' } })).toEqual([
      expect.stringMatching(/^fidelity\.refreshAnswer: expected one of "documented", "pre-2020"/),
    ]);
  });

  it('answers a reused wx.login code with 40163 by default or 40029, and rotates session_keys on every exchange by default (ML§1.4, ML§2.1)', () => {
    const { fidelity } = validateConfig({});
    expect(fidelity).toMatchObject({ reusedWxLoginCodeErrcode: 40163, sessionKeyRotationSeconds: 0 });
    const set = validateConfig({ fidelity: { reusedWxLoginCodeErrcode: 40029, sessionKeyRotationSeconds: 300 } });
    expect(set.fidelity).toMatchObject({ reusedWxLoginCodeErrcode: 40029, sessionKeyRotationSeconds: 300 });
    expect(issuesOf({ fidelity: { reusedWxLoginCodeErrcode: 42003, sessionKeyRotationSeconds: -1 } })).toEqual([
      expect.stringMatching(/^fidelity\.reusedWxLoginCodeErrcode: expected one of 40163, 40029/),
      expect.stringMatching(/^fidelity\.sessionKeyRotationSeconds: expected a whole number from 0/),
    ]);
  });

  it('reads a persona’s phone number, country code 86 by default, none when left out, and reports a malformed one (ML§4)', () => {
    const config = validateConfig({
      personas: [
        { key: 'a', nickname: 'A', phone: { number: '13800138000' } },
        { key: 'b', nickname: 'B', phone: { countryCode: '852', number: '61234567' } },
        { key: 'c', nickname: 'C' },
      ],
      defaultPersona: 'a',
    });
    expect(config.personas.map((p) => p.phone)).toEqual([
      { countryCode: '86', number: '13800138000' },
      { countryCode: '852', number: '61234567' },
      null,
    ]);
    expect(
      issuesOf({ personas: [{ key: 'a', nickname: 'A', phone: { countryCode: '+86', number: '138-0013' } }] }),
    ).toEqual([
      expect.stringMatching(/^personas\[0\]\.phone\.countryCode: expected a country calling code/),
      expect.stringMatching(/^personas\[0\]\.phone\.number: expected 4 to 15 digits/),
    ]);
  });

  it('bounds the server tokens’ daily quotas and reads the /cgi-bin wire settings (ML§5)', () => {
    const set = validateConfig({
      fidelity: { serverTokenDailyQuota: 200, cgiBinErrmsgSuffix: 'hint-rid', cgiBinContentType: 'text/plain' },
    });
    expect(set.fidelity).toMatchObject({ serverTokenDailyQuota: 200, cgiBinErrmsgSuffix: 'hint-rid' });
    expect(issuesOf({ fidelity: { serverTokenDailyQuota: 0, cgiBinErrmsgSuffix: 'comma' } })).toEqual([
      expect.stringMatching(/^fidelity\.cgiBinErrmsgSuffix: expected one of/),
      expect.stringMatching(/^fidelity\.serverTokenDailyQuota: expected a whole number from 1/),
    ]);
  });

  it('leaves impersonation off unless the config turns it on, on port 443 with the CA in the default state directory', () => {
    expect(validateConfig({}).impersonate).toEqual({ enabled: false, port: 443, stateDir: null });
    expect(validateConfig({ impersonate: { enabled: true, port: 8443, stateDir: '/ca' } }).impersonate).toEqual({
      enabled: true,
      port: 8443,
      stateDir: '/ca',
    });
    expect(issuesOf({ impersonate: { enabled: 'yes', port: 70000, stateDir: '', extra: 1 } })).toEqual([
      expect.stringMatching(/^impersonate\.extra: /),
      expect.stringMatching(/^impersonate\.enabled: expected/),
      expect.stringMatching(/^impersonate\.port: expected a whole number from 0 to 65535/),
      expect.stringMatching(/^impersonate\.stateDir: expected a directory path/),
    ]);
  });

  it('keeps the state in memory unless stateFile is set, then saves every 2 s without the journal by default', () => {
    expect(validateConfig({}).stateFile).toBeNull();
    expect(validateConfig({ stateFile: 's.json' }).stateFile).toEqual({
      path: 's.json',
      journal: false,
      intervalMs: 2000,
    });
    expect(validateConfig({ stateFile: 's.json', stateFileJournal: true, stateFileIntervalMs: 100 }).stateFile).toEqual(
      {
        path: 's.json',
        journal: true,
        intervalMs: 100,
      },
    );
    expect(issuesOf({ stateFile: '', stateFileJournal: 'yes', stateFileIntervalMs: 10 })).toEqual([
      expect.stringMatching(/^stateFileJournal: expected true or false/),
      expect.stringMatching(/^stateFileIntervalMs: expected a whole number from 100 to 3600000/),
      expect.stringMatching(/^stateFile: expected a file path/),
    ]);
  });

  it('runs one process unless workers says how many, or auto', () => {
    expect(validateConfig({}).workers).toBe(1);
    expect(validateConfig({ workers: 4 }).workers).toBe(4);
    expect(validateConfig({ workers: 'auto' }).workers).toBe('auto');
    expect(issuesOf({ workers: 0 })).toEqual(['workers: expected "auto" or a whole number from 1 to 256, got 0']);
    expect(issuesOf({ workers: 'all' })).toEqual([expect.stringMatching(/^workers: expected "auto"/)]);
  });

  it('keeps the state in this process unless store is set, then shares it under the prefix wechat-oauth-mock:', () => {
    expect(validateConfig({}).store).toBeNull();
    expect(validateConfig({ store: 'redis://127.0.0.1:6379/0' }).store).toEqual({
      url: 'redis://127.0.0.1:6379/0',
      prefix: 'wechat-oauth-mock:',
    });
    expect(validateConfig({ store: 'rediss://:pw@cache:6380', storePrefix: 'team-a:' }).store).toEqual({
      url: 'rediss://:pw@cache:6380',
      prefix: 'team-a:',
    });
  });

  it('rejects a store that is not a redis:// URL without echoing it, a glob in the prefix, and a state file beside it', () => {
    const issues = issuesOf({ store: 'http://:secret@cache', storePrefix: 'a*', stateFile: 's.json' });
    expect(issues).toEqual([
      expect.stringMatching(/^storePrefix: expected up to 100 characters without spaces or glob characters/),
      expect.stringMatching(
        /^store: expected redis:\/\/\[:password@\]host:port\/db or rediss:\/\/… \(the value is not shown\)/,
      ),
      expect.stringMatching(/^store: a shared store and a state file do not go together/),
    ]);
    expect(issues.join('\n')).not.toContain('secret');
  });

  it('rejects duplicate appids and persona keys', () => {
    const app = { appid: 'wx0123456789abcdef', kind: 'website', name: 'A', callbackDomains: ['a.test'] };
    const issues = issuesOf({
      apps: [app, app],
      personas: [
        { key: 'p', nickname: 'P' },
        { key: 'p', nickname: 'Q' },
      ],
    });
    expect(issues).toEqual([
      'apps[1].appid: duplicate appid "wx0123456789abcdef"',
      'personas[1].key: duplicate persona key "p"',
    ]);
  });

  it('derives appid and secret from the seed when a config leaves them out, stable across loads', () => {
    const raw = { seed: 's', apps: [{ kind: 'website', name: 'Shop', callbackDomains: ['shop.test'] }] };
    const a = validateConfig(raw).apps[0];
    const b = validateConfig(raw).apps[0];
    expect(a?.appid).toMatch(/^wx[0-9a-f]{16}$/);
    expect(a?.secret).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toEqual(a);
  });

  it('binds website apps to an Open Platform account by default, official accounts to none (reference §10)', () => {
    const config = validateConfig({
      apps: [
        { kind: 'website', name: 'W', callbackDomains: ['w.test'] },
        { kind: 'official-account', name: 'O', callbackDomains: ['o.test'] },
      ],
    });
    expect(config.apps.map((a) => a.account)).toEqual(['default', null]);
    expect(config.accounts).toEqual([{ id: 'default' }]);
  });

  it('loads a YAML file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wom-config-'));
    const path = join(dir, 'mock.yaml');
    await writeFile(
      path,
      'apps:\n  - name: 店铺\n    kind: website\n    callbackDomains: [shop.test]\npersonas:\n  - key: alice\n    nickname: 爱丽丝\n',
    );
    const config = await loadConfigFile(path);
    expect(config.apps[0]?.name).toBe('店铺');
    expect(config.personas.map((p) => p.key)).toEqual(['alice']);
  });

  it('loads a JSON file and reports a file that cannot be parsed or read, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wom-config-'));
    const good = join(dir, 'mock.json');
    await writeFile(good, JSON.stringify({ fidelity: { contentType: 'application/json; encoding=utf-8' } }));
    expect((await loadConfigFile(good)).fidelity.contentType).toBe('application/json; encoding=utf-8');
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'apps: [unclosed\n');
    await expect(loadConfigFile(bad)).rejects.toThrow(/bad\.yaml is not a valid .*cannot parse/s);
    await expect(loadConfigFile(join(dir, 'missing.yaml'))).rejects.toThrow(/cannot read the file: no such file/);
  });
});

describe('control.allowedHosts', () => {
  it('is empty by default, and keeps the names given, in lower case', () => {
    expect(validateConfig({}).control.allowedHosts).toEqual([]);
    const config = validateConfig({ control: { allowedHosts: ['WeChat-Mock', 'mock.internal', 'wechat_mock'] } });
    expect(config.control.allowedHosts).toEqual(['wechat-mock', 'mock.internal', 'wechat_mock']);
  });

  it('reports every name that is not a bare host name, each with its path', () => {
    expect(
      issuesOf({ control: { allowedHosts: ['http://mock.internal', 'mock:3099', 'ok.example', '', 7, 'a/b'] } }),
    ).toEqual([
      'control.allowedHosts[0]: expected a host name without scheme, port or path, e.g. "wechat-mock", got "http://mock.internal"',
      'control.allowedHosts[1]: expected a host name without scheme, port or path, e.g. "wechat-mock", got "mock:3099"',
      'control.allowedHosts[3]: expected a host name without scheme, port or path, e.g. "wechat-mock", got ""',
      'control.allowedHosts[4]: expected a string, got 7',
      'control.allowedHosts[5]: expected a host name without scheme, port or path, e.g. "wechat-mock", got "a/b"',
    ]);
    expect(issuesOf({ control: { allowedHosts: 'mock.internal' } })).toEqual([
      'control.allowedHosts: expected a list, got "mock.internal"',
    ]);
  });
});
