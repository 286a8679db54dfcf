import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../../contract/index.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

let mock: TestMock;
let mini: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Control mini-program', account: 'demo-open-platform' });
});
afterAll(() => mock.close());

describe('mini-programs on the control plane (ML§1)', () => {
  it('registers a mini-program without callback domains, listed with its kind and account', async () => {
    expect(mini).toMatchObject({ kind: 'mini-program', account: 'demo-open-platform', callbackDomains: [] });
    expect((await mock.apps.list()).map((app) => app.appid)).toContain(mini.appid);
  });

  it('refuses callback domains for a mini-program (400), which has no redirect', async () => {
    const answer = await mock.post('/__mock/apps', { kind: 'mini-program', name: 'M', callbackDomains: ['m.test'] });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('a mini-program has no callback domains');
  });

  it('still demands callback domains of a website app', async () => {
    expect((await mock.post('/__mock/apps', { kind: 'website', name: 'W' })).status).toBe(400);
  });

  it('mints a wx.login code: 32 characters, 5 minutes, no scope (ML§1.4)', async () => {
    const now = Date.parse((await mock.clock.freeze()).now);
    const minted = await mock.codes.mint({ app: mini, persona: 'zhangsan' });
    await mock.clock.unfreeze();
    expect(minted.code).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(minted).not.toHaveProperty('scope');
    expect(Date.parse(minted.expiresAt) - now).toBe(300_000);
  });

  it('answers 400 bad_scope to a scope for a mini-program, and to a null scope for a website app', async () => {
    const scoped = await mock.post('/__mock/codes', { appid: mini.appid, persona: 'zhangsan', scope: 'snsapi_base' });
    expect(scoped.status).toBe(400);
    expect(scoped.json).toMatchObject({ error: 'bad_scope' });
    const unscoped = await mock.post('/__mock/codes', { appid: WEBSITE.appid, persona: 'zhangsan', scope: null });
    expect(unscoped.status).toBe(400);
    expect(unscoped.json).toMatchObject({ error: 'bad_scope' });
  });
});
