import { afterEach, describe, expect, it } from 'vitest';
import { type CliRun, spawnCli } from '../test-support/spawn-cli.js';
import { WEBSITE, withQuery } from '../test-support/test-mock.js';

const running: CliRun[] = [];
afterEach(() => {
  for (const run of running.splice(0)) run.child.kill('SIGKILL');
});

describe('SIGTERM with held requests (issue 12)', () => {
  it('answers a held QR long poll with "no change" (408) and a journal wait with its JSON before exiting', async () => {
    const run = spawnCli(['--port', '0']);
    running.push(run);
    const url = (await run.waitFor(/listening on (http:\/\/\S+)/))[1] as string;
    const page = await fetch(
      url +
        withQuery('/connect/qrconnect', {
          appid: WEBSITE.appid,
          redirect_uri: 'http://localhost:3000/callback',
          scope: 'snsapi_login',
          state: 's',
        }),
    );
    const uuid = /src="\/connect\/qrcode\/([A-Za-z0-9]{16})"/.exec(await page.text())?.[1];
    // Held 25 s by default: only the shutdown can end them.
    const poll = fetch(`${url}/connect/l/qrconnect?uuid=${uuid}&last=408`).then((answer) => answer.text());
    const wait = fetch(`${url}/__mock/journal?endpoint=/never&wait=30000`).then((answer) => answer.json());
    // Both requests are logged only once answered; the health check shows the mock has them in hand.
    await fetch(`${url}/__mock/health`);
    await run.waitFor(/^GET \/__mock\/health 200/m);
    run.child.kill('SIGTERM');
    expect(await poll).toBe("window.wx_errcode=408;window.wx_code='';");
    expect(await wait).toMatchObject({ entries: [] });
    expect(await run.exited()).toBe(0);
    expect(run.stdout()).toMatch(/^GET \/connect\/l\/qrconnect \S+ 200 /m);
    expect(run.stderr()).toBe('');
  });
});
