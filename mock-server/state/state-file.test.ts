import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';
import { type GrantSnapshot, inSteps } from '../model/model-snapshot.js';
import { StartupError } from '../startup-error.js';
import { readStateFile, STATE_FILE_VERSION } from './state-file.js';
import { writeStateFile } from './write-state-file.js';

let dir: string;
let file: string;
const started: TestMock[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wechat-mock-state-'));
  file = join(dir, 'state.json');
});

afterEach(async () => {
  for (const mock of started.splice(0)) await mock.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(config: Record<string, unknown> = {}): Promise<TestMock> {
  const mock = await startTestMock({ config: { stateFile: file, ...config } });
  started.push(mock);
  return mock;
}

/** Closes the mock (a clean shutdown saves) and starts another on the same file. */
async function restart(mock: TestMock, config: Record<string, unknown> = {}): Promise<TestMock> {
  started.splice(started.indexOf(mock), 1);
  await mock.close();
  return start(config);
}

const refresh = (mock: TestMock, refreshToken: string) =>
  mock.get(`/sns/oauth2/refresh_token?appid=${WEBSITE.appid}&grant_type=refresh_token&refresh_token=${refreshToken}`);

const saved = async (): Promise<Record<string, unknown>> => JSON.parse(await readFile(file, 'utf8'));

describe('--state-file: what survives a restart', () => {
  it('refreshes a login finished before the restart, and its access_token still answers userinfo', async () => {
    const before = await start();
    const tokens = await before.signIn();
    const after = await restart(before);
    const refreshed = await refresh(after, tokens.refresh_token);
    expect(refreshed.json).toMatchObject({ access_token: tokens.access_token, openid: tokens.openid });
    const userinfo = await after.get(`/sns/userinfo?access_token=${tokens.access_token}&openid=${tokens.openid}`);
    expect(userinfo.json).toMatchObject({ openid: tokens.openid, nickname: expect.any(String) });
  });

  it('still answers 40163 for a code spent before the restart, and redeems one minted but unspent', async () => {
    const before = await start();
    const spent = await before.mintCode();
    expect((await before.exchange(spent)).json.access_token).toEqual(expect.any(String));
    const unspent = await before.mintCode();
    const after = await restart(before);
    expect((await after.exchange(spent)).json.errcode).toBe(40163);
    expect((await after.exchange(unspent)).json.access_token).toEqual(expect.any(String));
  });

  it('keeps apps, accounts and personas added at runtime, faults with their counts, and a frozen clock', async () => {
    const before = await start();
    const app = await before.apps.create({ name: 'Kept', kind: 'website', callbackDomains: ['kept.test'] });
    await before.accounts.create({ id: 'lonely' });
    await before.personas.create({ key: 'kept', nickname: 'Kept', phone: { countryCode: '852', number: '61234567' } });
    const fault = await before.faults.add({
      match: { endpoint: '/sns/oauth2/access_token', appid: app.appid },
      effect: { type: 'errcode', errcode: -1 },
      times: 2,
    });
    await before.exchange('unknown-code', app);
    await before.clock.freeze();
    const frozen = await before.clock.set('2030-01-02T03:04:05.000Z');
    const after = await restart(before);
    expect((await after.apps.get(app.appid)).secret).toBe(app.secret);
    expect((await after.accounts.get('lonely')).id).toBe('lonely');
    expect(await after.personas.get('kept')).toMatchObject({
      nickname: 'Kept',
      phone: { countryCode: '852', number: '61234567' }, // getuserphonenumber's number (ML§4)
    });
    expect(await after.faults.get(fault.id)).toMatchObject({ fired: 1 });
    // The rule fires once more (times: 2), then the exchange is judged on its own.
    expect((await after.exchange('unknown-code', app)).json.errcode).toBe(-1);
    expect((await after.exchange('unknown-code', app)).json.errcode).toBe(40029);
    expect(await after.clock.now()).toMatchObject({ frozen: true, now: frozen.now });
  });

  it('keeps an open QR login, which a person can still allow after the restart', async () => {
    const before = await start();
    const uuid = await openQrLogin(before);
    const after = await restart(before);
    expect((await answerOnPhone(after, uuid, { action: 'allow', persona: 'zhangsan' })).status).toBe(200);
    const { errcode, code } = await poll(after, uuid);
    expect(errcode).toBe(405);
    expect((await after.exchange(code)).json.access_token).toEqual(expect.any(String));
  });

  it("keeps an app's own lifetimes, and reads a file saved before apps had them as the global ones", async () => {
    const before = await start();
    const app = await before.apps.create({
      name: 'Brief',
      kind: 'website',
      callbackDomains: ['brief.test'],
      lifetimes: { accessTokenSeconds: 60 },
    });
    const after = await restart(before);
    expect((await after.apps.get(app.appid)).lifetimes).toEqual({ accessTokenSeconds: 60 });
    expect((await after.signIn({ app })).expires_in).toBe(60);

    // A file of the same version from before per-app lifetimes: its apps have no `lifetimes` key.
    started.splice(started.indexOf(after), 1);
    await after.close();
    const old = await saved();
    const registry = old.registry as { apps: Record<string, unknown>[] };
    await writeFile(
      file,
      JSON.stringify({ ...old, registry: { ...registry, apps: registry.apps.map(({ lifetimes, ...rest }) => rest) } }),
    );
    const reopened = await start();
    expect((await reopened.apps.get(app.appid)).lifetimes).toEqual({});
    expect((await reopened.signIn({ app })).expires_in).toBe(7200);
  });

  it('goes back to the configured seeds on reset after a restore', async () => {
    const before = await start();
    const app = await before.apps.create({ name: 'Gone', kind: 'website', callbackDomains: ['gone.test'] });
    const tokens = await before.signIn();
    const after = await restart(before);
    expect((await after.apps.get(app.appid)).appid).toBe(app.appid);
    await after.reset();
    await expect(after.apps.get(app.appid)).rejects.toThrow();
    expect((await refresh(after, tokens.refresh_token)).json.errcode).toBe(40030);
    expect((await after.apps.list()).map((a) => a.appid)).toContain(WEBSITE.appid);
  });

  it('saves the journal only when stateFileJournal is on, and its ids go on from where they stopped', async () => {
    const without = await start();
    await without.signIn();
    const lastId = await without.journal.lastId();
    const afterWithout = await restart(without);
    expect(await afterWithout.journal.find()).toEqual([]);
    expect((await saved()).journal).toBeUndefined();

    const withJournal = await restart(afterWithout, { stateFileJournal: true });
    await withJournal.signIn();
    const entries = await withJournal.journal.find();
    const afterWith = await restart(withJournal, { stateFileJournal: true });
    expect(await afterWith.journal.find()).toEqual(entries);
    await afterWith.signIn();
    expect(await afterWith.journal.lastId()).toBeGreaterThan(lastId);
    expect(await afterWith.journal.lastId()).toBe((entries.at(-1)?.id ?? 0) + 1);
  });

  it('saves within an interval of a change, and not at all while nothing changes', async () => {
    const mock = await start({ stateFileIntervalMs: 100 });
    const tokens = await mock.signIn();
    // No timing assertion: the file is polled until it holds the new grant, however long the machine takes.
    while (!(await readFile(file, 'utf8')).includes(tokens.refresh_token)) await sleep(50);
    // Each save renames a new file into place: a new inode.
    const { ino } = await stat(file);
    // Reads of the control plane change nothing, so several intervals pass without a write.
    for (let i = 0; i < 5; i++) {
      await mock.apps.list();
      await sleep(100);
    }
    expect((await stat(file)).ino).toBe(ino);
  });

  it('is always one whole save to a reader, however often it is rewritten', async () => {
    const mock = await start({ stateFileIntervalMs: 100 });
    // Enough grants that a save takes several chunked writes; a file written in place would be read half done.
    for (let i = 0; i < 20; i++) await Promise.all(Array.from({ length: 50 }, () => mock.signIn()));
    const inodes = new Set<number>();
    for (let i = 0; i < 40; i++) {
      await mock.signIn();
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: STATE_FILE_VERSION });
      inodes.add((await stat(file)).ino);
      await sleep(15);
    }
    // The reads did overlap saves (the file was replaced while they ran).
    expect(inodes.size).toBeGreaterThan(1);
  });

  it('writes the file readable by its owner only (it holds tokens)', async () => {
    await start();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe('--state-file: a file the mock cannot use is refused and left untouched', () => {
  async function refusal(content: string): Promise<string> {
    await writeFile(file, content);
    const error = await startTestMock({ config: { stateFile: file } }).then(
      (mock) => {
        started.push(mock);
        throw new Error('the mock started');
      },
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['state.json']);
    return (error as Error).message;
  }

  async function validFile(): Promise<Record<string, unknown>> {
    const mock = await start();
    await mock.signIn();
    started.splice(started.indexOf(mock), 1);
    await mock.close();
    return saved();
  }

  it('refuses a file that is not JSON, in one line naming the file', async () => {
    const message = await refusal('{"format":"wechat-oauth-mock state","vers');
    expect(message).toContain(file);
    expect(message).toMatch(/not JSON/);
    expect(message).not.toContain('\n');
  });

  it('refuses JSON that is not a state file', async () => {
    expect(await refusal('{"apps":[]}')).toMatch(/not a wechat-oauth-mock state file/);
  });

  it('refuses a file written by a newer version', async () => {
    const newer = { ...(await validFile()), version: STATE_FILE_VERSION + 1 };
    expect(await refusal(JSON.stringify(newer))).toMatch(
      /newer wechat-oauth-mock \(version 3; this one reads up to 2\)/,
    );
  });

  it('refuses a file saved with another seed, as every openid would differ', async () => {
    const other = { ...(await validFile()), seed: 'another seed' };
    expect(await refusal(JSON.stringify(other))).toMatch(/seed "another seed"/);
  });

  it('refuses a file that fails validation, naming the first problem and how many more there are', async () => {
    const good = await validFile();
    const grants = good.grants as unknown[][];
    // A row naming an app and a scope beyond the file's names.
    const bad = { ...good, grants: grants.map(([, persona, , ...rest]) => [7, persona, 9, ...rest]) };
    const message = await refusal(JSON.stringify(bad));
    expect(message).toMatch(/grants\[0\]\[0\]: expected the index of a appid in names, got 7/);
    expect(message).toMatch(/and 1 more problem/);
  });

  it('refuses a file whose names hold an app its registry lacks', async () => {
    const good = await validFile();
    const bad = { ...good, names: { ...(good.names as object), appids: ['wx0000000000000000'] } };
    expect(await refusal(JSON.stringify(bad))).toMatch(
      /names\.appids\[0\]: expected the appid of one in the registry, got "wx0000000000000000"/,
    );
  });

  it('refuses a token of a shape the mock never issues (rows hold tokens unescaped)', async () => {
    const good = await validFile();
    const [first] = good.grants as unknown[][];
    const bad = { ...good, grants: [first?.map((field, i) => (i === 3 ? 'not"a token' : field))] };
    expect(await refusal(JSON.stringify(bad))).toMatch(
      /grants\[0\]\[3\]: expected a token or code as the mock issues them \(1 to 512 of A-Z a-z 0-9 _ -\), got "not\\"a token"/,
    );
  });

  it('refuses a row that is not a row', async () => {
    const good = await validFile();
    const bad = { ...good, grants: [{ appid: WEBSITE.appid }] };
    expect(await refusal(JSON.stringify(bad))).toMatch(/grants\[0\]: expected a row of 7 \(appid, persona, scope/);
  });

  it('refuses a truncated file, as a save cut short by a full disk would leave it were it written in place', async () => {
    const whole = JSON.stringify(await validFile());
    expect(await refusal(whole.slice(0, Math.floor(whole.length * 0.6)))).toMatch(/not JSON/);
  });
});

describe('--state-file: a file saved by an earlier version', () => {
  // Written by the version 1 writer (docs/decisions/0022; main at 462c2f4, then laid out by the formatter,
  // which changes no value) from the demo config: two grants (zhangsan's and
  // the runtime persona kept's), a spent and an unspent code, an open QR login, a fault with times 2, the
  // journal, and the clock frozen at the save, so its tokens stay live whenever this test runs.
  const fixture = join(import.meta.dirname, 'fixtures', 'state-v1.json');
  interface Version1 {
    grants: { persona: string; accessToken: string; refreshToken: string }[];
    codes: { code: string; used: boolean }[];
    sessions: { id: string }[];
    journal: { lastId: number };
  }

  it('loads, keeps what it held, and is saved again in the current version', async () => {
    await writeFile(file, await readFile(fixture));
    const old = JSON.parse(await readFile(fixture, 'utf8')) as Version1;
    const mock = await start({ stateFileJournal: true });
    expect((await saved()).version).toBe(STATE_FILE_VERSION);
    for (const grant of old.grants) {
      expect((await refresh(mock, grant.refreshToken)).json).toMatchObject({ access_token: grant.accessToken });
    }
    expect(await mock.personas.get('kept')).toMatchObject({ nickname: 'Kept' });
    const [spent, unspent] = [old.codes.find((c) => c.used), old.codes.find((c) => !c.used)];
    expect((await mock.exchange(spent?.code ?? '')).json.errcode).toBe(40163);
    expect((await mock.exchange(unspent?.code ?? '')).json.access_token).toEqual(expect.any(String));
    expect((await answerOnPhone(mock, old.sessions[0]?.id ?? '', { action: 'deny' })).status).toBe(200);
    expect(await mock.faults.list()).toMatchObject([{ id: 'f1', times: 2, fired: 0 }]);
    expect(await mock.journal.lastId()).toBeGreaterThan(old.journal.lastId);
  });
});

describe('--state-file: one save is the state it restores', () => {
  it('saves again, after a restart, exactly what it saved before it (every part of the model)', async () => {
    const before = await start({ stateFileJournal: true });
    await before.personas.create({ key: 'kept', nickname: 'Kept' });
    await before.apps.create({ name: 'Kept', kind: 'website', callbackDomains: ['kept.test'] });
    await before.signIn();
    await before.signIn({ persona: 'kept' });
    await before.exchange(await before.mintCode());
    await before.mintCode();
    const waiting = await openQrLogin(before);
    const confirmed = await openQrLogin(before);
    await answerOnPhone(before, confirmed, { action: 'allow', persona: 'zhangsan' });
    await before.faults.add({
      match: { endpoint: '/sns/userinfo' },
      effect: { type: 'errcode', errcode: -1 },
      times: 3,
    });
    await before.clock.freeze();
    started.splice(started.indexOf(before), 1);
    await before.close();
    const first = await saved();
    expect(first.sessions).toMatchObject([{ id: waiting }, { id: confirmed, progress: { state: 'confirmed' } }]);
    // A start restores the file and saves at once: that save holds the same, apart from when it was made.
    await start({ stateFileJournal: true });
    const second = await saved();
    expect({ ...second, savedAt: first.savedAt }).toEqual(first);
  });
});

describe('writeStateFile', () => {
  it('leaves the old file whole and no partial file behind when a save fails midway', async () => {
    const mock = await start();
    await mock.signIn();
    await restart(mock).then((next) => next.close());
    started.length = 0;
    const before = await readFile(file, 'utf8');
    const snapshot = await readStateFile(file, JSON.parse(before).seed);
    if (snapshot === undefined) throw new Error('no state file');
    // The grants give out after some are in the new file.
    function* failing() {
      yield* Array.from({ length: 5000 }, () => snapshot?.grants[0] as GrantSnapshot);
      throw new Error('the disk is gone');
    }
    await expect(
      writeStateFile(file, { ...inSteps(snapshot), grants: failing() }, JSON.parse(before).seed),
    ).rejects.toThrow(/the disk is gone/);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
