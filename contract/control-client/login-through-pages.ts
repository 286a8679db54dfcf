import { randomBytes } from 'node:crypto';
import type { AppView, Scope } from '../index.js';
import { MockControlError } from './mock-control-error.js';
import type { LoginOptions, PageLogin } from './wechat-mock.js';

/** WeChat's in-app browser names itself so; official-account pages may demand it (reference §2). */
const WECHAT_BROWSER = 'Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0.50 wechat-oauth-mock-login';
/** The persona links of the QR and consent pages: `/connect/confirm/allow?uuid=…&persona=…`. */
const ALLOW_LINK = /\/connect\/confirm\/allow\?uuid=([A-Za-z0-9_-]+)/;
const PAGE_TITLE = /<h4 class="weui_msg_title">([^<]*)<\/h4>/;

/**
 * A login as a person in a browser makes it, through the mock's pages: qrconnect for a website app
 * (reference §1), oauth2/authorize for an official account (reference §2); on the QR or consent page the
 * person approves as `persona`, and the code is read from the redirect to redirect_uri. snsapi_base needs
 * no page: the authorize request itself redirects, for `mock_persona`.
 */
export async function loginThroughPages(
  baseUrl: string,
  fetchFn: typeof fetch,
  app: AppView,
  persona: string,
  options: Pick<LoginOptions, 'scope' | 'redirectUri' | 'state'>,
): Promise<PageLogin> {
  if (app.kind === 'mini-program' || app.kind === 'mobile-app') {
    // wx.login and the SDK's login have no page: the code comes from the phone, here from the control
    // plane (ML§1, ML§6.1).
    throw new MockControlError(
      'bad_request',
      `${app.appid} is a ${app.kind}, which has no login page: mint its code with codes.mint()`,
      400,
    );
  }
  const state = options.state ?? randomBytes(8).toString('hex');
  const redirectUri = options.redirectUri ?? `http://${app.callbackDomains[0] ?? 'localhost'}/callback`;
  const website = app.kind === 'website';
  const scope: Scope = options.scope ?? (website ? 'snsapi_login' : 'snsapi_userinfo');
  const get = (path: string, query: Record<string, string>) =>
    fetchFn(`${baseUrl}${path}?${new URLSearchParams(query)}`, {
      redirect: 'manual',
      headers: { 'user-agent': WECHAT_BROWSER },
    });
  const query = { appid: app.appid, redirect_uri: redirectUri, response_type: 'code', scope, state };
  const opened = website
    ? await get('/connect/qrconnect', query)
    : await get('/connect/oauth2/authorize', {
        ...query,
        connect_redirect: '1',
        ...(scope === 'snsapi_base' ? { mock_persona: persona } : {}),
      });
  let landed = opened;
  if (opened.status === 200) {
    const page = await opened.text();
    const uuid = ALLOW_LINK.exec(page)?.[1];
    if (uuid === undefined) throw pageRefused(opened, page);
    landed = await get('/connect/confirm/allow', { uuid, persona });
  }
  const callbackUrl = landed.headers.get('location');
  const code = callbackUrl === null ? undefined : /[?&]code=([A-Za-z0-9]+)/.exec(callbackUrl)?.[1];
  if (callbackUrl === null || code === undefined) throw pageRefused(landed, await landed.text());
  await landed.body?.cancel();
  return { code, state, callbackUrl };
}

/** The login pages answered with an error page (or something else) instead of redirecting. */
function pageRefused(response: Response, page: string): MockControlError {
  const title = PAGE_TITLE.exec(page)?.[1] ?? `HTTP ${response.status}`;
  return new MockControlError('bad_request', `the login pages refused the login: ${title}`, response.status);
}
