import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { fileFailure, StartupError } from '../startup-error.js';
import { checkStateDir } from './check-state-dir.js';
import { randomSerial } from './random-serial.js';

/** The mock's certificate authority: its certificate (what users trust) and its key (never leaves the state directory). */
export interface LocalCa {
  readonly certificatePem: string;
  readonly keyPem: string;
  /** Where the CA's certificate is, to hand to a trust store. */
  readonly certificatePath: string;
  readonly keyPath: string;
  /** True when this start made the CA (first use of the state directory). */
  readonly created: boolean;
}

const CA_YEARS = 10;

/**
 * The local CA in `stateDir`: the one made on first use, reused after, so that it is trusted once.
 * The key is written readable by its owner only (0600) in a directory only its owner can enter. A state
 * directory the mock could not trust, half a CA, or files that are no CA are refused with one line
 * naming the file (a StartupError), before anything is made.
 */
export async function loadOrCreateLocalCa(stateDir: string): Promise<LocalCa> {
  await checkStateDir(stateDir);
  const certificatePath = join(stateDir, 'ca.pem');
  const keyPath = join(stateDir, 'ca-key.pem');
  try {
    const [certificatePem, keyPem] = await Promise.all([readIfPresent(certificatePath), readIfPresent(keyPath)]);
    if (certificatePem !== undefined && keyPem !== undefined) {
      checkCaPair(certificatePath, certificatePem, keyPath, keyPem);
      return { certificatePem, keyPem, certificatePath, keyPath, created: false };
    }
    if (certificatePem !== undefined || keyPem !== undefined) {
      throw new StartupError(
        `${stateDir} holds only half of the local CA (${certificatePem === undefined ? 'ca.pem' : 'ca-key.pem'} is missing): remove the directory to make a new CA`,
      );
    }
    const made = makeCa();
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    await writeFile(keyPath, made.keyPem, { mode: 0o600, flag: 'wx' });
    await chmod(keyPath, 0o600);
    await writeFile(certificatePath, made.certificatePem, { mode: 0o644, flag: 'wx' });
    return { ...made, certificatePath, keyPath, created: true };
  } catch (error) {
    throw fileFailure(error, '--state-dir / impersonate.stateDir');
  }
}

/** The CA's certificate and key must parse as PEM and belong together, or the CA is refused. */
function checkCaPair(certificatePath: string, certificatePem: string, keyPath: string, keyPem: string): void {
  const unusable = (path: string, what: string) =>
    new StartupError(`${path} is not ${what}: remove the state directory to make a new CA`);
  let certificate: forge.pki.Certificate;
  let key: forge.pki.rsa.PrivateKey;
  try {
    certificate = forge.pki.certificateFromPem(certificatePem);
  } catch {
    throw unusable(certificatePath, 'a PEM certificate the mock can read');
  }
  try {
    key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  } catch {
    throw unusable(keyPath, 'a PEM RSA private key the mock can read');
  }
  const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
  if (publicKey.n?.equals(key.n) !== true) throw unusable(keyPath, `the key of ${certificatePath}`);
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function makeCa(): { certificatePem: string; keyPem: string } {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = randomSerial();
  certificate.validity.notBefore = new Date(Date.now() - 60_000);
  certificate.validity.notAfter = new Date(Date.now() + CA_YEARS * 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: `wechat-oauth-mock local CA ${certificate.serialNumber.slice(0, 8)}` },
    { name: 'organizationName', value: 'wechat-oauth-mock (testing only)' },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  return {
    certificatePem: forge.pki.certificateToPem(certificate),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey),
  };
}
