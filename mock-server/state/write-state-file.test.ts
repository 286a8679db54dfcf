import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBSITE } from '../../test-support/test-mock.js';
import { validateConfig } from '../config/validate-config.js';
import { createSystemClock } from '../core/clock.js';
import { cryptoRandom } from '../core/random-source.js';
import { MockModel } from '../model/mock-model.js';
import { readStateFile } from './state-file.js';
import { SaveOvertaken, writeStateFile } from './write-state-file.js';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wechat-mock-write-state-'));
  file = join(dir, 'state.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function demoModel() {
  const model = new MockModel(validateConfig(undefined), createSystemClock(), cryptoRandom);
  const app = model.registry.app(WEBSITE.appid);
  const persona = model.registry.persona('zhangsan');
  if (app === undefined || persona === undefined) throw new Error('the demo config changed');
  return { model, app, persona, openid: model.registry.openid(app, persona) };
}

/** Runs `step` on every turn of the event loop until the returned function is called; it resolves to how many ran. */
function everyTurn(step: () => void): () => number {
  let steps = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    step();
    steps++;
    setImmediate(turn);
  };
  setImmediate(turn);
  return () => {
    running = false;
    return steps;
  };
}

describe('writeStateFile while requests change the model', () => {
  it('never saves a code unspent beside the grant issued for it, and the file restores', async () => {
    const { model, app, persona, openid } = demoModel();
    // Enough grants that the save takes many slices, with exchanges between them.
    for (let i = 0; i < 30_000; i++) model.tokens.issue(app, persona, openid, 'snsapi_login');
    const unspent = Array.from({ length: 20_000 }, () => model.codes.mint(app, persona, 'snsapi_login').code);
    const grantOf = new Map<string, string>();
    // A code exchange, as /sns/oauth2/access_token does it: redeemed, then a grant issued.
    const stop = everyTurn(() => {
      const code = unspent.shift();
      if (code === undefined) return;
      model.codes.redeem(code, app);
      grantOf.set(code, model.tokens.issue(app, persona, openid, 'snsapi_login').refreshToken);
    });
    await writeStateFile(file, model.snapshotInSteps({ journal: false }), model.config.seed);
    const exchanges = stop();
    expect(exchanges).toBeGreaterThan(0);

    const restored = await readStateFile(file, model.config.seed);
    const grants = new Set(restored?.grants.map((grant) => grant.refreshToken));
    const unspentWithGrant = restored?.codes.filter((code) => !code.used && grants.has(grantOf.get(code.code) ?? ''));
    expect(unspentWithGrant).toEqual([]);
    const fresh = demoModel().model;
    fresh.restore(restored ?? model.snapshot({ journal: false }));
    expect(fresh.tokens.size).toBe(restored?.grants.length);
  });

  it('drops a save that an app deletion overtook, rather than write grants of an app the file lacks', async () => {
    const { model, persona } = demoModel();
    const website = model.config.apps.find((app) => app.appid === WEBSITE.appid);
    if (website === undefined) throw new Error('the demo config changed');
    const added = model.registry.addApp({ ...website, appid: 'wx1111111111111111' });
    for (let i = 0; i < 30_000; i++) model.tokens.issue(added, persona, 'openid', 'snsapi_login');
    const steps = model.snapshotInSteps({ journal: false });
    // The app is deleted (its grants with it) once a thousand of its grants are in the file.
    function* grants() {
      let read = 0;
      for (const grant of steps.grants) {
        yield grant;
        if (++read === 1000) model.removeApp('wx1111111111111111');
      }
    }
    const save = writeStateFile(file, { ...steps, grants: grants() }, model.config.seed);
    await expect(save).rejects.toThrow(SaveOvertaken);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });
});
