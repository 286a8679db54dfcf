import type { AppKind } from './config/mock-config.js';
import { impersonationBanner } from './impersonate/impersonation-banner.js';
import type { ListeningMock } from './listen.js';

const KIND_LABELS: Readonly<Record<AppKind, string>> = {
  website: 'Website app (网站应用)',
  'official-account': 'Official account (公众号)',
  'mini-program': 'Mini-program (小程序)',
  'mobile-app': 'Mobile app (移动应用)',
};

/** What the banner tells about a listening mock (a fleet's primary knows it without listening itself). */
export type BannerFacts = Pick<
  ListeningMock,
  'url' | 'port' | 'config' | 'controlToken' | 'controlTokenGenerated' | 'impersonation'
>;

export interface BannerOptions {
  /** The address the server is bound to (the CLI's --host). */
  readonly host?: string;
  /** True in the mock's image (WECHAT_MOCK_CONTAINER=true, set by the Dockerfile). */
  readonly inContainer?: boolean;
  /** Worker processes answering on the port (`--workers`); 1 when absent. */
  readonly workers?: number;
}

/**
 * What the mock prints when it starts: where it is, the credentials to use, and what to do next. Bound to
 * every interface, it says so, and in a container it says which address reaches it from the host.
 */
export function banner(mock: BannerFacts, { host, inContainer = false, workers = 1 }: BannerOptions = {}): string {
  const { url, config } = mock;
  // A token the user chose is theirs to keep out of CI logs and `docker logs`: only a generated one is shown.
  const auth =
    mock.controlToken === null
      ? ''
      : mock.controlTokenGenerated
        ? ` -H 'Authorization: Bearer ${mock.controlToken}'`
        : ` -H "Authorization: Bearer $WECHAT_MOCK_CONTROL_TOKEN"`;
  const website = config.apps.find((app) => app.kind === 'website');
  const lines = [`wechat-oauth-mock is listening on ${url}`];
  if (host === '0.0.0.0' || host === '::') {
    lines.push(`  bound to ${host}: every interface, so also this machine's other addresses on port ${mock.port}`);
  }
  if (workers > 1) lines.push(`  ${workers} worker processes answer on this port, sharing one store`);
  if (inContainer) {
    lines.push(
      `  in a container: from the host, http://localhost:${mock.port} when run with --network host or -p ${mock.port}:${mock.port}`,
      '  (-p publishes nothing on an engine without a bridge network: use --network host there)',
    );
  }
  lines.push('');
  for (const app of config.apps) {
    lines.push(`  ${KIND_LABELS[app.kind]}: ${app.name}`);
    lines.push(`    appid            ${app.appid}`);
    lines.push(`    secret           ${app.secret}`);
    // A mini-program or mobile app has no redirect (ML§1, ML§6.1): its codes come from POST /__mock/codes.
    if (app.callbackDomains.length > 0) lines.push(`    callback domains ${app.callbackDomains.join(', ')}`);
  }
  lines.push(`  Personas: ${config.personas.map((p) => `${p.key} (${p.nickname})`).join(', ')}`, '');
  lines.push('Point your application at the mock:');
  lines.push(`  https://open.weixin.qq.com  ->  ${url}`);
  lines.push(`  https://api.weixin.qq.com   ->  ${url}`, '');
  if (website !== undefined) {
    const host = website.callbackDomains[0] ?? 'localhost';
    const redirect = encodeURIComponent(`http://${host}:3000/callback`);
    lines.push('Try it:');
    lines.push(
      `  1. Open ${url}/connect/qrconnect?appid=${website.appid}&redirect_uri=${redirect}&response_type=code&scope=snsapi_login&state=xyz#wechat_redirect`,
    );
    lines.push('  2. Pick a persona and allow: the browser goes to your callback with ?code=...&state=xyz');
    lines.push(
      `  3. curl '${url}/sns/oauth2/access_token?appid=${website.appid}&secret=${website.secret}&code=CODE&grant_type=authorization_code'`,
    );
    lines.push(
      `  Without a browser: curl -X POST ${url}/__mock/codes${auth} -H 'content-type: application/json' -d '{"appid":"${website.appid}","persona":"${config.personas[0]?.key}"}'`,
    );
  }
  if (!config.control.enabled) {
    lines.push(`Control plane: switched off (only ${url}/__mock/health answers)`);
  } else {
    lines.push(`Control plane: ${url}/__mock/ (apps, personas, codes, tokens, clock, faults, journal, reset)`);
    lines.push(`Dashboard:     ${url}/__mock/ui/`);
    if (mock.controlTokenGenerated) {
      lines.push(`  Listening beyond loopback: the control plane demands a token, generated for this run:`);
      lines.push(`  Authorization: Bearer ${mock.controlToken}   (set your own with --control-token)`);
    }
    lines.push(`  e.g. curl${auth} ${url}/__mock/journal`);
  }
  if (mock.impersonation !== null) lines.push('', ...impersonationBanner(mock.impersonation));
  return lines.join('\n');
}
