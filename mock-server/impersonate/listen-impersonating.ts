import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ImpersonateSettings } from '../config/mock-config.js';
import { listenFailure } from '../startup-error.js';
import { issueHostCertificate } from './host-certificate.js';
import { type LocalCa, loadOrCreateLocalCa } from './local-ca.js';

/** The mock's HTTPS listener for WeChat's own host names. */
export interface Impersonation {
  readonly port: number;
  readonly server: Server;
  readonly ca: LocalCa;
  readonly stateDir: string;
}

/** Where the local CA is kept unless the config or --state-dir says otherwise. */
export function defaultStateDir(): string {
  return join(homedir(), '.wechat-oauth-mock');
}

/**
 * Serves the mock's app over HTTPS with a certificate for WeChat's login hosts, signed by the local CA
 * of the state directory (made on first use). Loaded only when impersonation is on, so that the mock's
 * cold start never pays for the certificate library (docs/decisions/0012).
 */
export async function listenImpersonating(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  host: string,
  settings: ImpersonateSettings,
): Promise<Impersonation> {
  const stateDir = settings.stateDir ?? defaultStateDir();
  const ca = await loadOrCreateLocalCa(stateDir);
  const server = createServer(issueHostCertificate(ca), handler);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) =>
      reject(listenFailure(error, host, settings.port, '--impersonate-port / impersonate.port'));
    server.once('error', fail);
    server.listen(settings.port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  return { port, server, ca, stateDir };
}
