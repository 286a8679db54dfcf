import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../contract/index.js';
import { LoginGrouper } from './login-groups.js';

const APP = 'wx5f3b9c0d2e1a4b67';
let id = 0;
function entry(path: string, query: Record<string, string>, more: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: ++id,
    time: '2025-03-14T08:00:00.000Z',
    method: 'GET',
    path,
    query,
    appid: APP,
    persona: null,
    status: 200,
    errcode: null,
    headers: null,
    body: null,
    location: null,
    durationMs: 1,
    fault: null,
    ...more,
  };
}
const exchangeBody = '{"access_token":"86_AAAAA…aaaa","expires_in":7200,"refresh_token":"86_BBBBB…bbbb","openid":"o1"}';

describe('grouping journal entries into logins', () => {
  it('ties a QR login together: page, QR session by uuid, exchange by app and persona, userinfo by token', () => {
    const g = new LoginGrouper();
    const steps = [
      g.tag(entry('/connect/qrconnect', { appid: APP })),
      g.tag(entry('/connect/qrcode/U1', {})),
      g.tag(entry('/connect/confirm', { uuid: 'U1' })),
      g.tag(entry('/connect/confirm', { uuid: 'U1' }, { method: 'POST', persona: 'lisi' })),
      g.tag(entry('/connect/l/qrconnect', { uuid: 'U1' })),
      g.tag(entry('/sns/oauth2/access_token', { code: 'C1' }, { persona: 'lisi', body: exchangeBody })),
      g.tag(entry('/sns/userinfo', { access_token: '86_AAAAA…aaaa' }, { persona: 'lisi' })),
      g.tag(entry('/sns/oauth2/refresh_token', { refresh_token: '86_BBBBB…bbbb' }, { persona: 'lisi' })),
    ];
    expect(steps).toEqual(
      ['page', 'page', 'confirm', 'confirm', 'confirm', 'exchange', 'userinfo', 'refresh'].map((step) => ({
        login: 1,
        step,
      })),
    );
  });

  it("ties an official account's exchange to its login by the code in the confirmation's redirect", () => {
    const g = new LoginGrouper();
    g.tag(entry('/connect/oauth2/authorize', { appid: APP }, { status: 301 }));
    expect(g.tag(entry('/connect/oauth2/authorize', { appid: APP, connect_redirect: '1' }))).toEqual({
      login: 1,
      step: 'page',
    });
    g.tag(
      entry(
        '/connect/confirm/allow',
        { uuid: 'U2' },
        { location: 'https://m.example.com/cb?code=C2&state=s', persona: 'a' },
      ),
    );
    // Another app's login in between does not confuse it.
    g.tag(entry('/connect/qrconnect', { appid: 'wx0000000000000000' }, { appid: 'wx0000000000000000' }));
    expect(g.tag(entry('/sns/oauth2/access_token', { code: 'C2' }, { persona: 'a' }))).toEqual({
      login: 1,
      step: 'exchange',
    });
  });

  it('starts a login of its own for an exchange of a code minted without a browser, and for a second page', () => {
    const g = new LoginGrouper();
    g.tag(entry('/connect/qrconnect', { appid: APP }));
    expect(g.tag(entry('/sns/oauth2/access_token', { code: 'M1' }, { persona: 'zhangsan' }))?.login).toBe(2);
    expect(g.tag(entry('/connect/qrconnect', { appid: APP }))?.login).toBe(3);
  });

  it('leaves a userinfo call with a token from no exchange it saw ungrouped', () => {
    expect(new LoginGrouper().tag(entry('/sns/userinfo', { access_token: 'x' }))).toBeNull();
  });
});
