import { type Answer, OFFICIAL, type TestMock, WEBSITE, withQuery } from './test-mock.js';

/** The demo website app's qrconnect page; `params` override the usual query. */
export const qrconnectPage = (mock: TestMock, params: Record<string, string> = {}): Promise<Answer> =>
  mock.get(
    withQuery('/connect/qrconnect', {
      appid: WEBSITE.appid,
      redirect_uri: 'http://localhost:3000/callback',
      response_type: 'code',
      scope: 'snsapi_login',
      state: 'xyz',
      ...params,
    }),
  );

/** The demo official account's oauth2/authorize page with snsapi_base (it redirects at once); `params` override. */
export const authorizePage = (mock: TestMock, params: Record<string, string> = {}): Promise<Answer> =>
  mock.get(
    withQuery('/connect/oauth2/authorize', {
      appid: OFFICIAL.appid,
      redirect_uri: 'http://localhost/oa/callback',
      response_type: 'code',
      scope: 'snsapi_base',
      state: 'st',
      connect_redirect: '1',
      ...params,
    }),
  );

/** Opens a QR login on the demo website app and returns its uuid, as the QR page's image names it. */
export async function openQrLogin(mock: TestMock, params: Record<string, string> = {}): Promise<string> {
  const page = await qrconnectPage(mock, params);
  const uuid = /src="\/connect\/qrcode\/([A-Za-z0-9]{16})"/.exec(page.text)?.[1];
  if (uuid === undefined) throw new Error(`no QR code on the page: ${page.text.slice(0, 200)}`);
  return uuid;
}

/** What the phone posts from its page: `action=allow&persona=…` or `action=deny`. */
export function answerOnPhone(mock: TestMock, uuid: string, form: Record<string, string>): Promise<Answer> {
  return mock.get(`/connect/confirm?uuid=${uuid}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

/** One answer of the long poll, as `{ errcode, code }` read from its script. */
export async function poll(mock: TestMock, uuid: string, last?: number): Promise<{ errcode: number; code: string }> {
  const answer = await mock.get(`/connect/l/qrconnect?uuid=${uuid}${last === undefined ? '' : `&last=${last}`}&_=1`);
  const match = /^window\.wx_errcode=(\d+);window\.wx_code='([A-Za-z0-9]*)';$/.exec(answer.text);
  if (match === null) throw new Error(`not the long poll's script: ${answer.text}`);
  return { errcode: Number(match[1]), code: match[2] ?? '' };
}
