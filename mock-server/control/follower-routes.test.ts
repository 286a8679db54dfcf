import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockControlError } from '../../contract/control-client/index.js';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('followers of an official account on the control plane (ML§7)', () => {
  it('seeds the demo official account with zhangsan following since the captured subscribe time', async () => {
    expect((await mock.apps.get(OFFICIAL.appid)).followers).toEqual([
      { persona: 'zhangsan', subscribeTime: '2022-09-05T09:48:09.000Z', scene: 'ADD_SCENE_PROFILE_CARD' },
    ]);
    expect((await mock.apps.get(WEBSITE.appid)).followers).toEqual([]);
  });

  it('follows now on the mock clock by default, and again with a new time and scene', async () => {
    await mock.clock.freeze();
    await mock.clock.set('2026-03-01T12:00:00.250Z');
    expect(await mock.apps.follow({ app: OFFICIAL, persona: 'lisi' })).toEqual({
      persona: 'lisi',
      subscribeTime: '2026-03-01T12:00:00.000Z',
      scene: 'ADD_SCENE_PROFILE_CARD',
    });
    const again = { subscribeTime: '2026-04-01T00:00:00Z', scene: 'ADD_SCENE_QR_CODE' };
    await mock.apps.follow({ app: OFFICIAL, persona: 'lisi', ...again });
    const followers = (await mock.apps.get(OFFICIAL.appid)).followers;
    expect(followers.filter((f) => f.persona === 'lisi')).toEqual([
      { persona: 'lisi', subscribeTime: '2026-04-01T00:00:00.000Z', scene: 'ADD_SCENE_QR_CODE' },
    ]);
    await mock.apps.unfollow({ app: OFFICIAL, persona: 'lisi' });
    await mock.clock.unfreeze();
    expect((await mock.apps.get(OFFICIAL.appid)).followers.map((f) => f.persona)).toEqual(['zhangsan']);
  });

  it('answers 404 unknown_follower to an unfollow of a persona that does not follow, unknown_persona to an unknown one', async () => {
    await expect(mock.apps.unfollow({ app: OFFICIAL, persona: 'wangwu' })).rejects.toMatchObject({
      code: 'unknown_follower',
      status: 404,
    });
    await expect(mock.apps.follow({ app: OFFICIAL, persona: 'nobody' })).rejects.toMatchObject({
      code: 'unknown_persona',
    });
  });

  it('refuses followers for an app that is not an official account, and a scene or time WeChat would not send (400)', async () => {
    await expect(mock.apps.follow({ app: WEBSITE, persona: 'lisi' })).rejects.toThrow(/Only an official account/);
    const bad = await mock.get(`/__mock/apps/${OFFICIAL.appid}/followers/lisi`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scene: 'PROFILE_CARD', subscribeTime: 'yesterday' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual([
      { path: 'subscribeTime', message: 'expected an ISO 8601 date-time, got "yesterday"' },
      { path: 'scene', message: 'expected an ADD_SCENE_* value (ML§7), got "PROFILE_CARD"' },
    ]);
  });

  it('takes followers when an official account is registered, each a known persona, once', async () => {
    const created = await mock.apps.create({
      kind: 'official-account',
      name: 'Followed',
      callbackDomains: ['f.test'],
      followers: ['wangwu', { persona: 'lisi', scene: 'ADD_SCENE_SEARCH' }],
    });
    expect(created.followers.map((f) => [f.persona, f.scene])).toEqual([
      ['wangwu', 'ADD_SCENE_PROFILE_CARD'],
      ['lisi', 'ADD_SCENE_SEARCH'],
    ]);
    const bad = await mock.post('/__mock/apps', {
      kind: 'official-account',
      name: 'Bad',
      callbackDomains: ['b.test'],
      followers: ['nobody', 'lisi', 'lisi'],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual([
      { path: 'followers[2].persona', message: expect.stringContaining('follower') },
      { path: 'followers[0].persona', message: 'expected the key of a persona, got "nobody"' },
    ]);
  });

  it("drops a deleted persona's follows, so a new persona of the same key follows nothing", async () => {
    await mock.personas.create({ key: 'temp', nickname: '临时' });
    await mock.apps.follow({ app: OFFICIAL, persona: 'temp' });
    await mock.personas.delete('temp');
    await mock.personas.create({ key: 'temp', nickname: '临时' });
    expect((await mock.apps.get(OFFICIAL.appid)).followers.map((f) => f.persona)).not.toContain('temp');
  });
});

it('is a MockControlError that names the code', () => {
  expect(new MockControlError('unknown_follower', 'x', 404).code).toBe('unknown_follower');
});

it('keeps a follow made over the control plane across a restart with a state file (docs/decisions/0022)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wechat-mock-followers-'));
  const config = { stateFile: join(dir, 'state.json') };
  try {
    const before = await startTestMock({ config });
    await before.apps.follow({ app: OFFICIAL, persona: 'lisi', subscribeTime: '2025-06-01T00:00:00Z' });
    await before.close();
    const after = await startTestMock({ config });
    try {
      expect((await after.apps.get(OFFICIAL.appid)).followers).toContainEqual({
        persona: 'lisi',
        subscribeTime: '2025-06-01T00:00:00.000Z',
        scene: 'ADD_SCENE_PROFILE_CARD',
      });
    } finally {
      await after.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
