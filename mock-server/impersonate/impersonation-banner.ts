import { WECHAT_HOSTS } from '../../contract/wechat-hosts.js';
import type { Impersonation } from './listen-impersonating.js';

/**
 * What the banner says when the mock stands in for WeChat's hosts: plainly that a local CA for
 * WeChat's names is being trusted, how to trust it, and how to take that trust away again.
 */
export function impersonationBanner({ port, ca, stateDir }: Impersonation): string[] {
  const cert = ca.certificatePath;
  const portSuffix = port === 443 ? '' : `:${port}`;
  return [
    `IMPERSONATING WECHAT: https://{${WECHAT_HOSTS.join(',')}}${portSuffix} are served by this mock`,
    `  with certificates from a local CA ${ca.created ? 'made now' : 'made earlier'} in ${stateDir}.`,
    '  A machine or process that trusts this CA will believe this mock (or anyone holding its key) is WeChat.',
    `  CA certificate: ${cert}`,
    `  CA key:         ${ca.keyPath} (readable by its owner only; never share or commit it)`,
    '  Send the names here:  /etc/hosts (or docker --add-host NAME:IP) with',
    `    127.0.0.1 ${WECHAT_HOSTS.join(' ')}`,
    '  Trust the CA, for one process:',
    `    NODE_EXTRA_CA_CERTS=${cert}   REQUESTS_CA_BUNDLE=${cert}   curl --cacert ${cert}`,
    '  or for the whole system (Debian/Ubuntu):',
    `    sudo cp ${cert} /usr/local/share/ca-certificates/wechat-oauth-mock.crt && sudo update-ca-certificates`,
    '  Remove that trust when done:',
    '    sudo rm /usr/local/share/ca-certificates/wechat-oauth-mock.crt && sudo update-ca-certificates --fresh',
    `    delete the hosts entries, unset those variables, and rm -r ${stateDir} (a new CA is made next time)`,
  ];
}
