import { fetchFailure } from '../browser/fetch-failure.js';

/** The signature in `GET /__mock/health` (contract/mock-control.openapi.yaml, `Health`). */
const SIGNATURE = 'wechat-oauth-mock';

/**
 * What answers at a URL, as far as the conformance kit cares:
 * - `control-open`: this mock, its control plane usable (with the token given, if any);
 * - `control-needs-token`: this mock, its control plane demands a (another) bearer token;
 * - `control-off`: this mock, started with its control plane switched off (`--control-off`);
 * - `foreign`: a server without this mock's signature (another mock, WeChat itself, anything else).
 */
export type MockProbe = 'control-open' | 'control-needs-token' | 'control-off' | 'foreign';

/**
 * Probes `url` by the positive signature in `GET /__mock/health`: a path that happens to exist on another
 * server (say its own `/__mock/apps`) is never taken for this mock's control plane. Throws, naming the URL
 * and the cause, when nothing answers at all.
 */
export async function probeMock(url: string, token: string | null = null): Promise<MockProbe> {
  const get = (path: string) =>
    fetch(`${url}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      throw new Error(`no server answers at ${url}: ${fetchFailure(error)}`);
    });
  const health = await get('/__mock/health');
  const body: unknown = health.status === 200 ? await health.json().catch(() => null) : await health.body?.cancel();
  if ((body as { service?: unknown } | null)?.service !== SIGNATURE) return 'foreign';
  const apps = await get('/__mock/apps');
  await apps.body?.cancel();
  if (apps.status === 200) return 'control-open';
  return apps.status === 401 ? 'control-needs-token' : 'control-off';
}
