// What the bench asks of the running mock through its control plane (/__mock/, open on loopback).
import { exchangePath } from './load.mjs';
import { APPID, PERSONA } from './targets.mjs';

const JSON_HEADERS = { 'content-type': 'application/json' };
/** The most the mock takes for an app's minute quota. */
const UNLIMITED = 1_000_000_000;

/**
 * WeChat's per-app minute quota (45011 beyond 50,000 calls a minute per endpoint) would cut a load run
 * short; the demo app is registered again, same appid, secret and account, with the highest quota the
 * mock takes, so the limiter still runs on every request but never refuses. Resolves to what was done.
 */
export async function liftMinuteQuota(port) {
  const apps = `http://127.0.0.1:${port}/__mock/apps`;
  const found = await fetch(`${apps}/${APPID}`);
  if (found.status !== 200) return `left as is: GET /__mock/apps/${APPID} answered ${found.status}`;
  const app = await found.json();
  if (!('rateLimitPerMinute' in app)) return 'no minute quota in this build';
  const removed = await fetch(`${apps}/${APPID}`, { method: 'DELETE' });
  if (removed.status !== 204) throw new Error(`DELETE /__mock/apps/${APPID} answered ${removed.status}`);
  const added = await fetch(apps, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ ...app, rateLimitPerMinute: UNLIMITED }),
  });
  if (added.status !== 201) throw new Error(`POST /__mock/apps answered ${added.status}: ${await added.text()}`);
  return `demo app registered again with rateLimitPerMinute ${UNLIMITED} (was ${app.rateLimitPerMinute})`;
}

/** A code from the mock, exchanged for an access_token: the userinfo path for the mock's load run. */
export async function userinfoPath(port) {
  const base = `http://127.0.0.1:${port}`;
  const minted = await fetch(`${base}/__mock/codes`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ appid: APPID, persona: PERSONA }),
  });
  if (minted.status !== 201) throw new Error(`POST /__mock/codes answered ${minted.status}: ${await minted.text()}`);
  const { code } = await minted.json();
  const answer = await (await fetch(`${base}${exchangePath(code)}`)).json();
  if (answer.errcode !== undefined || !answer.access_token) {
    throw new Error(`code exchange failed: ${JSON.stringify(answer)}`);
  }
  const path = `/sns/userinfo?access_token=${answer.access_token}&openid=${answer.openid}`;
  const check = await (await fetch(`${base}${path}`)).json();
  if (check.errcode !== undefined) throw new Error(`userinfo failed: ${JSON.stringify(check)}`);
  return { path, accessToken: answer.access_token, openid: answer.openid };
}
